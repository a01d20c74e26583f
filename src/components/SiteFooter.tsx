import { messages } from '@/messages/de'
import type { SiteSetting } from '@/payload-types'
import { CmsLink } from './CmsLink'
import { ContactDetails, contactFor } from './ContactDetails'
import { FundingNotice } from './FundingNotice'

export const SiteFooter = ({ settings }: { settings: SiteSetting }) => {
  const { office } = settings
  return (
    <footer className="site-footer">
      <div className="site-footer__columns">
        <div>
          <p className="site-footer__office">
            {office.organisation && (
              <>
                {office.organisation}
                <br />
              </>
            )}
            {office.unit && (
              <>
                {office.unit}
                <br />
              </>
            )}
            {office.name}
            <br />
            {office.street}
            <br />
            {office.postalCode} {office.city}
          </p>
          <ContactDetails contact={contactFor(null, settings)} />
        </div>
        <nav aria-label={messages.footerNavigation}>
          <ul>
            {(settings.navigation?.footer ?? []).map((link, i) => (
              <li key={link.id ?? i}>
                <CmsLink link={link} />
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <FundingNotice funding={settings.funding} />
    </footer>
  )
}
