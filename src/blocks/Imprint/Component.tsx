import type { ImprintBlock as ImprintData } from '@/payload-types'
import type { BlockContext } from '../context'
import { Heading } from '../Heading'

const Lines = ({ text }: { text: string }) => (
  <>
    {text.split('\n').map((line, i) => (
      <span key={i}>
        {i > 0 && <br />}
        {line}
      </span>
    ))}
  </>
)

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
        <Lines text={block.address} />
      </address>
      <Heading level={level}>Vertreten durch</Heading>
      <p>{block.representative}</p>
      <Heading level={level}>Kontakt</Heading>
      <p>
        E-Mail: <a href={`mailto:${block.email}`}>{block.email}</a>
        <br />
        Telefon: <a href={`tel:${block.phone.replace(/[^\d+]/g, '')}`}>{block.phone}</a>
      </p>
      <Heading level={level}>Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV</Heading>
      <p>
        <Lines text={block.responsibleForContent} />
      </p>
      {block.supervisoryAuthority && (
        <>
          <Heading level={level}>Aufsichtsbehörde</Heading>
          <p>
            <Lines text={block.supervisoryAuthority} />
          </p>
        </>
      )}
    </div>
  )
}
