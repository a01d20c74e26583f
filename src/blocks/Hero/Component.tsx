import { CmsLink } from '@/components/CmsLink'
import { MediaImage } from '@/components/MediaImage'
import type { HeroBlock as HeroBlockData } from '@/payload-types'
import type { BlockContext } from '../context'
import { Heading } from '@/components/Heading'

export const HeroBlock = ({ block, context }: { block: HeroBlockData; context: BlockContext }) => (
  <section className="hero">
    <div>
      {block.eyebrow && <p className="hero__eyebrow">{block.eyebrow}</p>}
      <Heading level={context.headingLevel}>{block.heading}</Heading>
      {block.text && <p className="hero__text">{block.text}</p>}
      {block.links?.length ? (
        <p className="actions">
          {block.links.map((link, i) => (
            <CmsLink
              key={link.id ?? i}
              link={link}
              className={i === 0 ? 'button' : 'button button--secondary'}
            />
          ))}
        </p>
      ) : null}
    </div>
    <MediaImage media={block.image} className="hero__image" eager />
  </section>
)
