'use client'

import { ErrorNotice } from '@/components/ErrorNotice'
import './(frontend)/styles.css'

/**
 * Replaces the whole document when even the site's frame (header, footer, settings) cannot be
 * built, e.g. while the database restarts.
 */
const GlobalError = ({ reset }: { error: Error; reset: () => void }) => (
  <html lang="de">
    <body>
      <main id="inhalt">
        <ErrorNotice reset={reset} />
      </main>
    </body>
  </html>
)

export default GlobalError
