import { barrierReportSlug, pagePath } from '@/lib/paths'
import { messages } from '@/messages/de'
import type { SiteSetting } from '@/payload-types'
import { CmsLink } from './CmsLink'
import { ContactDetails, contactFor } from './ContactDetails'
import { FundingNotice } from './FundingNotice'
import { OfficeAddress } from './OfficeAddress'

export const SiteFooter = ({ settings }: { settings: SiteSetting }) => {
  return (
    <footer className="site-footer">
      <div className="site-footer__columns">
        <div>
          <OfficeAddress office={settings.office} className="site-footer__office" />
          <ContactDetails contact={contactFor(null, settings)} />
        </div>
        <nav aria-label={messages.footerNavigation}>
          <ul>
            {(settings.navigation?.footer ?? []).map((link, i) => (
              <li key={link.id ?? i}>
                <CmsLink link={link} />
              </li>
            ))}
            {/* the BbgBITV feedback mechanism: on every page, whatever the editors' menu holds */}
            <li>
              <a href={pagePath(barrierReportSlug)}>{messages.reportBarrier}</a>
            </li>
          </ul>
        </nav>
      </div>
      <FundingNotice funding={settings.funding} />
    </footer>
  )
}
