'use client'

import { messages } from '@/messages/de'

/** What both error boundaries show: a German apology, a retry and the way home. */
export const ErrorNotice = ({ reset }: { reset: () => void }) => (
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
