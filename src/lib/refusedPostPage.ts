import type { PayloadProblem } from '@/domain/http/actionPayload'
import { messages } from '@/messages/de'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * A small German page for a form post refused before it reached the page (too large or damaged).
 * Plain HTML: the proxy cannot render the site's layout.
 */
export const refusedPostPage = (problem: PayloadProblem, path: string) => {
  const text = messages.refusedPost[problem]
  const back = escapeHtml(path.startsWith('/') && !path.startsWith('//') ? path : '/')
  const html = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(text.title)}</title></head>
<body><main><h1>${escapeHtml(text.title)}</h1><p>${escapeHtml(text.text)}</p>
<p><a href="${back}">${escapeHtml(messages.refusedPost.back)}</a></p></main></body></html>`
  return new Response(html, {
    status: problem === 'tooLarge' ? 413 : 400,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  })
}
