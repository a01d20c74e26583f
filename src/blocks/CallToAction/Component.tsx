import { CmsLink } from '@/components/CmsLink'
import type { CallToActionBlock as CallToActionBlockData } from '@/payload-types'
import type { BlockContext } from '../context'
import { Heading } from '@/components/Heading'

export const CallToActionBlock = ({
  block,
  context,
}: {
  block: CallToActionBlockData
  context: BlockContext
}) => (
  <section className="cta">
    <Heading level={context.headingLevel}>{block.heading}</Heading>
    {block.text && <p className="cta__text">{block.text}</p>}
    {block.links?.length ? (
      <p className="actions">
        {block.links.map((link, i) => (
          <CmsLink key={link.id ?? i} link={link} className="button" />
        ))}
      </p>
    ) : null}
  </section>
)
