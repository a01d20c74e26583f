import type { AdminViewServerProps } from 'payload'

import { collectionSlugs } from '@/collections/slugs'
import { formatEventDateRange } from '@/domain/dates'
import { venueLine } from '@/domain/venue'
import { participantsOf } from '@/registration/participants'
import { AdminPage, mayOpenCoordinatorPages } from './AdminPage'
import { CheckInToggle } from './CheckInToggle'
import { PrintButton } from './PrintButton'

const eventIdOf = (params: AdminViewServerProps['params']) => {
  const segments = params?.segments
  const last = Array.isArray(segments) ? segments[segments.length - 1] : undefined
  return Number(last)
}

/**
 * `/admin/teilnehmerliste/<Veranstaltung>`: the confirmed registrations of one event, to print
 * (with a signature column) or to check people in at the door.
 */
export const ParticipantListView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  // Editors may not read registrations: answered before any query, which would fail for them.
  if (!mayOpenCoordinatorPages(req.user)) return <AdminPage view={view}>{null}</AdminPage>
  const eventId = eventIdOf(view.params)
  const event = Number.isSafeInteger(eventId)
    ? await req.payload
        .findByID({
          collection: collectionSlugs.events,
          id: eventId,
          depth: 0,
          draft: true,
          overrideAccess: false,
          user: req.user,
        })
        .catch(() => null)
    : null
  const {
    participants: docs,
    persons,
    checkedInPersons: checkedIn,
  } = event
    ? await participantsOf(req.payload, event.id, req.user)
    : { participants: [], persons: 0, checkedInPersons: 0 }

  return (
    <AdminPage view={view}>
      {!event ? (
        <p>Diese Veranstaltung gibt es nicht.</p>
      ) : (
        <article className="opr-participants">
          <header className="opr-participants__header">
            <h1>Teilnehmerliste: {event.title}</h1>
            <p>
              {formatEventDateRange(event.start, event.end)} · {venueLine(event.venue)}
            </p>
            <p>
              <strong>{persons} Personen bestätigt</strong> ({docs.length} Anmeldungen) ·{' '}
              <span>{checkedIn} eingecheckt</span>
            </p>
            <p className="opr-no-print">
              <PrintButton />{' '}
              <a
                href={`/admin/collections/${collectionSlugs.formSubmissions}?where[event][equals]=${event.id}`}
              >
                Alle Einsendungen zu dieser Veranstaltung
              </a>{' '}
              <a
                href={`/admin/collections/${collectionSlugs.eventNotices}/create?event=${event.id}`}
              >
                Nachricht an Angemeldete schreiben
              </a>
            </p>
          </header>
          <table className="opr-table opr-participants__table">
            <thead>
              <tr>
                <th scope="col">Nr.</th>
                <th scope="col">Name</th>
                <th scope="col">Organisation</th>
                <th scope="col">Personen</th>
                <th scope="col">Unterstützungsbedarf</th>
                <th scope="col">Check-in</th>
                <th scope="col">Unterschrift</th>
              </tr>
            </thead>
            <tbody>
              {docs.map((doc, index) => (
                <tr key={doc.id}>
                  <td>{index + 1}</td>
                  <td>{doc.name}</td>
                  <td>{doc.organisation}</td>
                  <td>{doc.persons ?? 1}</td>
                  <td>{doc.supportNeeds}</td>
                  <td>
                    <CheckInToggle
                      id={doc.id}
                      name={doc.name ?? doc.email ?? String(doc.id)}
                      initial={{ checkedIn: Boolean(doc.checkedIn), at: doc.checkedInAt }}
                    />
                  </td>
                  <td className="opr-participants__signature" />
                </tr>
              ))}
            </tbody>
          </table>
          {docs.length === 0 && <p>Noch keine bestätigten Anmeldungen.</p>}
        </article>
      )}
    </AdminPage>
  )
}
