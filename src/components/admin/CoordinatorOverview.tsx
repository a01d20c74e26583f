import type { Payload, TypedUser } from 'payload'

import { isCoordinatorOrAdmin } from '@/access/roles'
import { collectionSlugs } from '@/config/slugs'
import { formatEventDateRange } from '@/domain/dates'
import { mailTemplateLabels } from '@/domain/mailTemplates'
import { eventSeatStats } from '@/registration/eventStats'
import { overCapacityConfirmations } from '@/registration/overCapacityConfirmations'
import { openBarrierReports } from '@/readiness/openBarrierReports'
import { BarrierReports } from './BarrierReports'
import { OverCapacityNote } from './OverCapacityNote'
import { SubmissionTable } from './SubmissionTable'

const listUrl = (collection: string, where: Record<string, string>) =>
  `/admin/collections/${collection}?${Object.entries(where)
    .map(([key, value]) => `where[${key}][equals]=${encodeURIComponent(value)}`)
    .join('&')}`

/** Said in words, not by colour alone: the overview must not list a cancelled event as usual. */
const eventStatusMarks = {
  postponed: 'verschoben',
  cancelled: 'abgesagt – Anmeldungen storniert',
} as const

/**
 * The coordinators' start page above Payload's own dashboard: reported barriers awaiting an
 * answer, how each upcoming event fills up, the newest submissions, and mails that could not be
 * sent; confirmations past the seats with their reasons. Editors see only the fill levels.
 */
export const CoordinatorOverview = async ({
  payload,
  user,
}: {
  payload: Payload
  user?: TypedUser | null
}) => {
  if (!user) return null
  const seesPersonalData = isCoordinatorOrAdmin({ user })
  const { docs: events } = await payload.find({
    collection: collectionSlugs.events,
    where: { end: { greater_than_equal: new Date().toISOString() } },
    sort: 'start',
    limit: 20,
    depth: 0,
    draft: true,
    overrideAccess: false,
    user,
  })
  const eventIds = events.map((event) => event.id)
  const stats = await eventSeatStats(payload, eventIds)
  // The reasons may name people: coordinators only; editors see the count.
  const overCapacity = seesPersonalData
    ? await overCapacityConfirmations(payload, eventIds)
    : undefined
  const [barrierReports, latest, failed] = seesPersonalData
    ? await Promise.all([
        openBarrierReports(payload, user),
        payload.find({
          collection: collectionSlugs.formSubmissions,
          sort: '-createdAt',
          limit: 8,
          depth: 1,
          overrideAccess: false,
          user,
        }),
        payload.find({
          collection: collectionSlugs.mailMessages,
          where: { status: { equals: 'failed' } },
          sort: '-updatedAt',
          limit: 10,
          depth: 0,
          overrideAccess: false,
          user,
        }),
      ])
    : [undefined, undefined, undefined]

  return (
    <div className="opr-overview">
      {barrierReports && <BarrierReports reports={barrierReports} />}
      <section aria-labelledby="opr-events">
        <h2 id="opr-events">Kommende Veranstaltungen</h2>
        {events.length === 0 && <p>Keine Veranstaltungen geplant.</p>}
        <ul className="opr-overview__events">
          {events.map((event) => {
            const s = stats.get(event.id)!
            const capacity = event.registration?.capacity ?? null
            const percent = capacity
              ? Math.min(100, Math.round((s.confirmedPersons / capacity) * 100))
              : 0
            return (
              <li key={event.id} className="opr-overview__event">
                <h3>
                  <a href={`/admin/collections/${collectionSlugs.events}/${event.id}`}>
                    {event.title}
                  </a>
                  {event.eventStatus !== 'planned' && (
                    <>
                      {' '}
                      <span
                        className={`opr-overview__status opr-overview__status--${event.eventStatus}`}
                      >
                        {eventStatusMarks[event.eventStatus]}
                      </span>
                    </>
                  )}
                </h3>
                <p>{formatEventDateRange(event.start, event.end)}</p>
                <p>
                  <strong>
                    {s.confirmedPersons} {capacity ? `von ${capacity}` : ''} Personen bestätigt
                  </strong>
                  {' · '}
                  {s.waitlistedPersons} auf der Warteliste · {s.checkedInPersons} eingecheckt
                </p>
                <OverCapacityNote
                  capacity={capacity}
                  confirmedPersons={s.confirmedPersons}
                  confirmations={overCapacity?.get(event.id)}
                />
                {capacity ? (
                  <div
                    className="opr-overview__bar"
                    role="meter"
                    aria-valuemin={0}
                    aria-valuemax={capacity}
                    aria-valuenow={s.confirmedPersons}
                    aria-label={`Belegung ${event.title}`}
                  >
                    <span style={{ width: `${percent}%` }} />
                  </div>
                ) : null}
                <p>
                  Anmeldeschluss:{' '}
                  {event.registration?.deadline
                    ? formatEventDateRange(event.registration.deadline)
                    : 'keiner'}
                  {event.registration?.isOpen === false && ' (Anmeldung geschlossen)'}
                </p>
                {seesPersonalData && (
                  <p className="opr-overview__links">
                    <a href={listUrl(collectionSlugs.formSubmissions, { event: String(event.id) })}>
                      Anmeldungen
                    </a>
                    <a
                      href={listUrl(collectionSlugs.formSubmissions, {
                        event: String(event.id),
                        status: 'waitlisted',
                      })}
                    >
                      Warteliste
                    </a>
                    <a href={`/admin/teilnehmerliste/${event.id}`}>Teilnehmerliste und Check-in</a>
                  </p>
                )}
              </li>
            )
          })}
        </ul>
      </section>
      {latest && (
        <section aria-labelledby="opr-latest">
          <h2 id="opr-latest">Neueste Einsendungen</h2>
          <SubmissionTable submissions={latest.docs} showEvent />
        </section>
      )}
      {failed && (
        <section aria-labelledby="opr-failed">
          <h2 id="opr-failed">E-Mails, die nicht versendet werden konnten</h2>
          {failed.docs.length === 0 ? (
            <p>Keine – alle E-Mails sind versendet oder noch in der Warteschlange.</p>
          ) : (
            <ul>
              {failed.docs.map((mail) => (
                <li key={mail.id}>
                  <a href={`/admin/collections/${collectionSlugs.mailMessages}/${mail.id}`}>
                    {mailTemplateLabels[mail.template]} an {mail.to}
                  </a>{' '}
                  – {mail.lastError}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  )
}
