import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { officeName } from '@/config/office'
import './styles.css'

export const metadata: Metadata = {
  title: { default: officeName, template: `%s – ${officeName}` },
}

const FrontendLayout = ({ children }: { children: ReactNode }) => (
  <html lang="de">
    <body>
      <a className="skip-link" href="#inhalt">
        Zum Inhalt springen
      </a>
      <main id="inhalt">{children}</main>
    </body>
  </html>
)

export default FrontendLayout
