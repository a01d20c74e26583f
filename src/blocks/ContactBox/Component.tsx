import { ContactDetails, contactFor } from '@/components/ContactDetails'
import type { ContactBoxBlock as ContactBoxBlockData } from '@/payload-types'
import type { BlockContext } from '../context'
import { Heading } from '../Heading'

export const ContactBoxBlock = ({
  block,
  context,
}: {
  block: ContactBoxBlockData
  context: BlockContext
}) => {
  const { office } = context.settings
  return (
    <section className="contact-box">
      <Heading level={context.headingLevel}>{block.heading || 'Kontakt'}</Heading>
      {block.text && <p>{block.text}</p>}
      <p>
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
        {office.street}, {office.postalCode} {office.city}
      </p>
      <ContactDetails contact={contactFor(null, context.settings)} />
    </section>
  )
}
