'use client'

import { messages } from '@/messages/de'

/** Shown instead of a crash when a page cannot be built (e.g. the database is briefly away). */
const ErrorPage = ({ reset }: { error: Error; reset: () => void }) => (
  <article>
    <h1>{messages.errorTitle}</h1>
    <p>{messages.errorText}</p>
    <p>
      <button type="button" className="button" onClick={() => reset()}>
        {messages.tryAgain}
      </button>{' '}
      <a href="/">{messages.backHome}</a>
    </p>
  </article>
)

export default ErrorPage
