import { FormSection } from '@/components/forms/FormSection'
import type { FormBlock as FormBlockData } from '@/payload-types'
import type { BlockContext } from '../context'

export const FormBlockComponent = ({
  block,
  context,
}: {
  block: FormBlockData
  context: BlockContext
}) => (
  <FormSection
    form={block.form}
    heading={block.heading}
    intro={block.intro}
    headingLevel={context.headingLevel}
    anchor={`formular-${typeof block.form === 'object' ? block.form?.id : block.form}`}
    pagePath={context.pagePath}
  />
)
