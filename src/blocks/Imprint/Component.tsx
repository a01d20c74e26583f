import { TextLines } from '@/components/TextLines'
import type { ImprintBlock as ImprintData } from '@/payload-types'
import type { BlockContext } from '../context'
import { Heading } from '@/components/Heading'

export const Imprint = ({ block, context }: { block: ImprintData; context: BlockContext }) => {
  const level = context.headingLevel
  return (
    <div className="imprint">
      <Heading level={level}>Herausgeber</Heading>
      <address>
        {block.publisher}
        {block.unit && (
          <>
            <br />
            {block.unit}
          </>
        )}
        <br />
        <TextLines text={block.address} />
      </address>
      {/* A field still awaiting the office's details arrives empty (see withoutPlaceholders). */}
      {block.representative && (
        <>
          <Heading level={level}>Vertreten durch</Heading>
          <p>{block.representative}</p>
        </>
      )}
      {(block.email || block.phone) && (
        <>
          <Heading level={level}>Kontakt</Heading>
          <p>
            {block.email && (
              <>
                E-Mail: <a href={`mailto:${block.email}`}>{block.email}</a>
              </>
            )}
            {block.email && block.phone && <br />}
            {block.phone && (
              <>
                Telefon: <a href={`tel:${block.phone.replace(/[^\d+]/g, '')}`}>{block.phone}</a>
              </>
            )}
          </p>
        </>
      )}
      {block.responsibleForContent && (
        <>
          <Heading level={level}>Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV</Heading>
          <p>
            <TextLines text={block.responsibleForContent} />
          </p>
        </>
      )}
      {block.supervisoryAuthority && (
        <>
          <Heading level={level}>Aufsichtsbehörde</Heading>
          <p>
            <TextLines text={block.supervisoryAuthority} />
          </p>
        </>
      )}
    </div>
  )
}
