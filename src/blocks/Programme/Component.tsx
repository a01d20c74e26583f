import { ProgrammeList } from '@/components/ProgrammeList'
import type { ProgrammeBlock as ProgrammeBlockData } from '@/payload-types'
import type { BlockContext } from '../context'
import { Heading } from '@/components/Heading'

export const ProgrammeBlock = ({
  block,
  context,
}: {
  block: ProgrammeBlockData
  context: BlockContext
}) => {
  const event = block.event
  if (!event || typeof event === 'number' || !event.programme?.length) return null
  return (
    <section className="programme-block">
      <Heading level={context.headingLevel}>{block.heading || 'Programm'}</Heading>
      <ProgrammeList programme={event.programme} />
    </section>
  )
}
