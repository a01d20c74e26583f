import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/SiteFooter'
import { PreviewBanner } from '@/components/PreviewBanner'
import { SiteHeader } from '@/components/SiteHeader'
import { readEnvironment } from '@/config/env'
import { getSiteSettings } from '@/lib/content'
import { currentViewer } from '@/lib/viewer'
import { messages } from '@/messages/de'
import './styles.css'

export const generateMetadata = async (): Promise<Metadata> => {
  const settings = await getSiteSettings()
  return {
    metadataBase: new URL(readEnvironment().serverUrl),
    title: { default: settings.office.name, template: `%s – ${settings.office.name}` },
    description: settings.sharing?.description ?? undefined,
  }
}

const FrontendLayout = async ({ children }: { children: ReactNode }) => {
  const [settings, viewer] = await Promise.all([getSiteSettings(), currentViewer()])
  return (
    <html lang="de">
      <body>
        <a className="skip-link" href="#inhalt">
          {messages.skipLink}
        </a>
        {viewer.draft && <PreviewBanner serverUrl={readEnvironment().serverUrl} />}
        <SiteHeader settings={settings} />
        <main id="inhalt" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter settings={settings} />
      </body>
    </html>
  )
}

export default FrontendLayout
