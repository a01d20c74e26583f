import type { AdminViewServerProps } from 'payload'

import { isCoordinatorOrAdmin } from '@/access/roles'
import { collectionSlugs } from '@/config/slugs'
import { formatEventDateRange } from '@/domain/dates'
import { doorSearchOf, doorSearchParam } from '@/domain/doorList/entries'
import { venueLine } from '@/domain/venue'
import { doorListMessages } from '@/messages/doorList'
import { doorListOf } from '@/registration/doorList'
import { AdminPage } from './AdminPage'
import { DoorList } from './DoorList'
import { PrintButton } from './PrintButton'

const eventIdOf = (params: AdminViewServerProps['params']) => {
  const segments = params?.segments
  const last = Array.isArray(segments) ? segments[segments.length - 1] : undefined
  return Number(last)
}

/**
 * `/admin/teilnehmerliste/<Veranstaltung>`: the confirmed registrations of one event, to check
 * people in at the door on a phone, to print on A4 (with a signature column) or to download.
 */
export const ParticipantListView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  // Editors may not read registrations: answered before any query, which would fail for them.
  if (!isCoordinatorOrAdmin({ req })) return <AdminPage view={view}>{null}</AdminPage>
  const list = await doorListOf(req.payload, eventIdOf(view.params), req.user)
  if (!list)
    return (
      <AdminPage view={view}>
        <p>{doorListMessages.unknownEvent}</p>
      </AdminPage>
    )
  const { event, entries } = list
  const query = doorSearchOf((view.searchParams as Record<string, unknown>)?.[doorSearchParam])

  return (
    <AdminPage view={view}>
      <article className="opr-participants">
        <header className="opr-participants__header">
          <h1>Teilnehmerliste: {event.title}</h1>
          <p>
            {formatEventDateRange(event.start, event.end)} · {venueLine(event.venue)}
          </p>
          <p className="opr-participants__actions opr-no-print">
            <PrintButton orientation="portrait" />
            <PrintButton orientation="landscape" />
            <a
              className="btn btn--style-secondary btn--size-small"
              href={`/api/${collectionSlugs.events}/${event.id}/door-list.csv`}
              download
            >
              {doorListMessages.csv}
            </a>
            <a
              href={`/admin/collections/${collectionSlugs.formSubmissions}?where[event][equals]=${event.id}`}
            >
              Alle Einsendungen zu dieser Veranstaltung
            </a>
            <a href={`/admin/collections/${collectionSlugs.eventNotices}/create?event=${event.id}`}>
              Nachricht an Angemeldete schreiben
            </a>
          </p>
        </header>
        <DoorList entries={entries} initialQuery={query} />
      </article>
    </AdminPage>
  )
}
