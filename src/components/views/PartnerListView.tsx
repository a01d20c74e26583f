import { PartnerGroups } from '@/components/PartnerGroups'
import { messages } from '@/messages/de'
import type { Partner } from '@/payload-types'

export const PartnerListView = ({ partners }: { partners: Partner[] }) => (
  <article>
    <h1>{messages.partners}</h1>
    <p>{messages.partnersIntro}</p>
    <PartnerGroups partners={partners} headingLevel={2} />
  </article>
)
