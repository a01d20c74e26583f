import { messages } from '@/messages/de'

/**
 * Shown in place of a page whose data cannot be read right now (e.g. while the database restarts).
 * Rendered on the server, so it reaches browsers without JavaScript too; error boundaries cannot
 * do that, because React renders them only in the browser. "Erneut versuchen" loads the same page again.
 */
export const Unavailable = ({ retryHref }: { retryHref: string }) => (
  <article>
    <meta name="robots" content="noindex" />
    <h1>{messages.unavailableTitle}</h1>
    <p>{messages.unavailableText}</p>
    <p>
      <a className="button" href={retryHref}>
        {messages.tryAgain}
      </a>{' '}
      <a href="/">{messages.backHome}</a>
    </p>
  </article>
)
