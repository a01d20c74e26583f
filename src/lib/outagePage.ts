import { escapeHtml } from '@/domain/html'
import { messages } from '@/messages/de'

/**
 * The German "please try again" page for a cached page that could not be built while its data is
 * away. Next.js answers such a failed render with an empty error shell (its error boundaries render
 * only in the browser), so the app's server sends this instead: readable without JavaScript, and
 * without the database or Next.js. The markup matches `Unavailable`.
 */
export const outagePage = (retryHref: string) => `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="robots" content="noindex"/><title>${escapeHtml(messages.unavailableTitle)}</title></head>
<body><main id="inhalt"><article>
<h1>${escapeHtml(messages.unavailableTitle)}</h1>
<p>${escapeHtml(messages.unavailableText)}</p>
<p><a class="button" href="${escapeHtml(retryHref)}">${escapeHtml(messages.tryAgain)}</a> <a href="/">${escapeHtml(messages.backHome)}</a></p>
</article></main></body></html>
`
