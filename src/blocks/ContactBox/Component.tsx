import { ContactDetails, contactFor } from '@/components/ContactDetails'
import { OfficeAddress } from '@/components/OfficeAddress'
import type { ContactBoxBlock as ContactBoxBlockData } from '@/payload-types'
import type { BlockContext } from '../context'
import { Heading } from '@/components/Heading'

export const ContactBoxBlock = ({
  block,
  context,
}: {
  block: ContactBoxBlockData
  context: BlockContext
}) => {
  return (
    <section className="contact-box">
      <Heading level={context.headingLevel}>{block.heading || 'Kontakt'}</Heading>
      {block.text && <p>{block.text}</p>}
      <OfficeAddress office={context.settings.office} />
      <ContactDetails contact={contactFor(null, context.settings)} />
    </section>
  )
}
