'use client'

import { messages } from '@/messages/de'
import './(frontend)/styles.css'

/**
 * Replaces the whole document when even the site's frame (header, footer, settings) cannot be
 * built, e.g. while the database restarts. Plain links, so it works without JavaScript too.
 */
const GlobalError = ({ reset }: { error: Error; reset: () => void }) => (
  <html lang="de">
    <body>
      <main id="inhalt">
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
      </main>
    </body>
  </html>
)

export default GlobalError
