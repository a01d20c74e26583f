import { PartnerGroups } from '@/components/PartnerGroups'
import type { PartnerGridBlock as PartnerGridBlockData } from '@/payload-types'
import type { BlockContext } from '../context'
import { Heading } from '@/components/Heading'

export const PartnerGridBlock = ({
  block,
  context,
}: {
  block: PartnerGridBlockData
  context: BlockContext
}) => (
  <section className="partners-block">
    <Heading level={context.headingLevel}>{block.heading || 'Unsere Partner:innen'}</Heading>
    {block.intro && <p>{block.intro}</p>}
    <PartnerGroups partners={context.partners} categories={block.categories} headingLevel={3} />
  </section>
)
