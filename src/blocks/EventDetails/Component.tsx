import { EventFacts, EventStatusBadge } from '@/components/EventFacts'
import { ProgrammeList } from '@/components/ProgrammeList'
import { eventPath } from '@/lib/paths'
import { messages } from '@/messages/de'
import type { EventDetailsBlock as EventDetailsBlockData } from '@/payload-types'
import type { BlockContext } from '../context'
import { Heading } from '@/components/Heading'

export const EventDetailsBlock = ({
  block,
  context,
}: {
  block: EventDetailsBlockData
  context: BlockContext
}) => {
  const event = block.event
  // An unpublished or deleted event is simply not shown to visitors.
  if (!event || typeof event === 'number') return null
  return (
    <section className="event-details" aria-labelledby={`event-${event.id}`}>
      <Heading level={context.headingLevel} id={`event-${event.id}`}>
        {block.heading || event.title}
      </Heading>
      <EventStatusBadge event={event} />
      <EventFacts event={event} />
      {event.summary && <p>{event.summary}</p>}
      {block.showProgramme && event.programme?.length ? (
        <>
          <h3>{messages.programme}</h3>
          <ProgrammeList programme={event.programme} />
        </>
      ) : null}
      <p>
        <a href={eventPath(event.slug)}>
          {messages.moreAboutEvent}
          <span className="visually-hidden">: {event.title}</span>
        </a>
      </p>
    </section>
  )
}
