import { partnerCategories } from '@/domain/partnerCategories'
import { messages } from '@/messages/de'
import type { Partner } from '@/payload-types'
import { MediaImage } from './MediaImage'

type Props = { partners: Partner[]; categories?: string[] | null; headingLevel: 2 | 3 }

/** Public partner organisations grouped by category, in the office's fixed category order. */
export const PartnerGroups = ({ partners, categories, headingLevel }: Props) => {
  const wanted = categories?.length
    ? partnerCategories.filter((c) => categories.includes(c.value))
    : partnerCategories
  const groups = wanted
    .map((category) => ({
      category,
      members: partners.filter((p) => p.category === category.value),
    }))
    .filter((group) => group.members.length > 0)
  if (!groups.length) return <p>{messages.noPartners}</p>
  const GroupHeading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <>
      {groups.map(({ category, members }) => (
        <section
          key={category.value}
          className="partner-group"
          aria-labelledby={`kategorie-${category.value}`}
        >
          <GroupHeading id={`kategorie-${category.value}`}>{category.label}</GroupHeading>
          <ul className="partner-grid">
            {members.map((partner) => (
              <li key={partner.id} className="partner">
                <MediaImage media={partner.logo} className="partner__logo" />
                <strong className="partner__name">
                  {partner.website ? (
                    <a
                      href={partner.website}
                      rel="noopener"
                      aria-label={messages.partnerWebsite(partner.name)}
                    >
                      {partner.name}
                    </a>
                  ) : (
                    partner.name
                  )}
                </strong>
                {partner.municipality && (
                  <span className="partner__place">{partner.municipality}</span>
                )}
                {partner.description && <p>{partner.description}</p>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
