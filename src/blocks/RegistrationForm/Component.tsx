import { FormSection } from '@/components/forms/FormSection'
import type { RegistrationFormBlock as RegistrationFormBlockData } from '@/payload-types'
import type { BlockContext } from '../context'

export const RegistrationFormBlock = ({
  block,
  context,
}: {
  block: RegistrationFormBlockData
  context: BlockContext
}) => (
  <FormSection
    form={block.form}
    event={block.event}
    heading={block.heading || 'Anmeldung'}
    intro={block.intro}
    headingLevel={context.headingLevel}
    anchor="anmeldung"
    pagePath={context.pagePath}
  />
)
