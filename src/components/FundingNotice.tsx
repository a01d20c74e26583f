import { messages } from '@/messages/de'
import type { SiteSetting } from '@/payload-types'
import { MediaImage } from './MediaImage'

/** The funding line the programme requires on every publication, with logos and disclaimer. */
export const FundingNotice = ({
  funding,
  showDisclaimer = true,
}: {
  funding: SiteSetting['funding']
  showDisclaimer?: boolean
}) => (
  <section className="funding" aria-label="Förderhinweis">
    <div className="funding__logos">
      <MediaImage media={funding.ministryLogo} />
      <MediaImage media={funding.programmeLogo} />
    </div>
    <p className="funding__line">
      {messages.fundingLine(funding.ministryName, funding.programmeName)}
    </p>
    {showDisclaimer && <p className="funding__disclaimer">{funding.disclaimer}</p>}
  </section>
)
