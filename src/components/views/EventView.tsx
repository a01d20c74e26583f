import { ContactDetails, contactFor } from '@/components/ContactDetails'
import { EventFacts, EventStatusBadge, EventStatusNotice } from '@/components/EventFacts'
import { EventJsonLd } from '@/components/EventJsonLd'
import { FormSection } from '@/components/forms/FormSection'
import { MediaImage } from '@/components/MediaImage'
import { ProgrammeList } from '@/components/ProgrammeList'
import { RichText } from '@/components/RichText'
import { formatEventDateRange } from '@/domain/dates'
import { eventPath } from '@/lib/paths'
import { messages } from '@/messages/de'
import type { Event, SiteSetting } from '@/payload-types'

type Props = { event: Event; settings: SiteSetting; serverUrl: string }

export const EventView = ({ event, settings, serverUrl }: Props) => (
  <article className="event">
    <EventJsonLd event={event} settings={settings} serverUrl={serverUrl} />
    <header>
      <h1>{event.title}</h1>
      <EventStatusBadge event={event} withStatus={false} />
    </header>
    <EventStatusNotice event={event} />
    <EventFacts event={event} />
    {event.summary && <p className="lead">{event.summary}</p>}
    <MediaImage media={event.image} className="event__image" />
    <RichText data={event.description} />
    {event.programme?.length ? (
      <section aria-labelledby="programm">
        <h2 id="programm">{messages.programme}</h2>
        <ProgrammeList programme={event.programme} />
      </section>
    ) : null}
    {event.registration?.form ? (
      <FormSection
        form={event.registration.form}
        event={event}
        heading={messages.registration}
        headingLevel={2}
        anchor="anmeldung"
        pagePath={eventPath(event.slug)}
      />
    ) : (
      event.registration?.deadline && (
        <p>
          {messages.registrationDeadline}: {formatEventDateRange(event.registration.deadline)}
        </p>
      )
    )}
    <section aria-labelledby="kontakt">
      <h2 id="kontakt">{messages.contact}</h2>
      <ContactDetails contact={contactFor(event, settings)} />
    </section>
  </article>
)
