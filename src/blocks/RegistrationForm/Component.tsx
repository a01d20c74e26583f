import { messages } from '@/messages/de'
import type { RegistrationFormBlock as RegistrationFormBlockData } from '@/payload-types'
import type { BlockContext } from '../context'
import { Heading } from '../Heading'

/** Until the forms exist: the registration the letter asks for, by e-mail. */
export const RegistrationFormBlock = ({
  block,
  context,
}: {
  block: RegistrationFormBlockData
  context: BlockContext
}) => {
  const email = context.settings.office.email
  return (
    <section className="registration" id="anmeldung">
      <Heading level={context.headingLevel}>{block.heading || 'Anmeldung'}</Heading>
      {block.intro && <p>{block.intro}</p>}
      <p>
        {messages.registrationByEmail} <a href={`mailto:${email}`}>{email}</a>
      </p>
    </section>
  )
}
