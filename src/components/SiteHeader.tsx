import { easyLanguageSlug, eventsPath, pagePath, partnersPath, signLanguageSlug } from '@/lib/paths'
import { messages } from '@/messages/de'
import type { SiteSetting } from '@/payload-types'
import { CmsLink } from './CmsLink'

export const SiteHeader = ({ settings }: { settings: SiteSetting }) => {
  const links = settings.navigation?.header ?? []
  return (
    <header className="site-header">
      <a className="site-header__name" href="/">
        {settings.office.name}
      </a>
      <nav aria-label={messages.accessibleOffers} className="site-header__service">
        <ul>
          <li>
            <a href={pagePath(easyLanguageSlug)}>{messages.easyLanguage}</a>
          </li>
          <li>
            <a href={pagePath(signLanguageSlug)}>{messages.signLanguage}</a>
          </li>
        </ul>
      </nav>
      <nav aria-label={messages.mainNavigation}>
        <ul>
          {links.length ? (
            links.map((link, i) => (
              <li key={link.id ?? i}>
                <CmsLink link={link} />
              </li>
            ))
          ) : (
            <>
              <li>
                <a href={eventsPath}>{messages.events}</a>
              </li>
              <li>
                <a href={partnersPath}>{messages.partners}</a>
              </li>
            </>
          )}
        </ul>
      </nav>
    </header>
  )
}
