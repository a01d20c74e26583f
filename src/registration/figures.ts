import type { Payload, TypedUser, Where } from 'payload'

import { isCoordinatorOrAdmin } from '@/access/roles'
import { collectionSlugs } from '@/config/slugs'
import { formatNumericDate } from '@/domain/dates'
import { aggregateFigures, type Figures } from '@/domain/figures/aggregate'
import { type FiguresSelection, periodBounds } from '@/domain/figures/selection'

export type FiguresEvent = { id: number; title: string; start: string }

export type FiguresResult =
  | { ok: true; subject: string; events: FiguresEvent[]; figures: Figures }
  | { ok: false; reason: 'signedOut' | 'forbidden' | 'unknownEvent' }

/** Events as the viewer may read them (drafts too: figures of an unpublished event are fine). */
const findEvents = async (payload: Payload, user: TypedUser, where: Where, sort: string) => {
  const { docs } = await payload.find({
    collection: collectionSlugs.events,
    where,
    select: { title: true, start: true },
    sort,
    pagination: false,
    depth: 0,
    draft: true,
    overrideAccess: false,
    user,
  })
  return docs.map((event): FiguresEvent => ({
    id: event.id,
    title: event.title,
    start: event.start,
  }))
}

const selectionWhere = (selection: FiguresSelection): Where => {
  if (selection.kind === 'event') return { id: { equals: selection.eventId } }
  const { start, endExclusive } = periodBounds(selection)
  return {
    and: [
      { start: { greater_than_equal: start.toISOString() } },
      { start: { less_than: endExclusive.toISOString() } },
    ],
  }
}

const subjectOf = (selection: FiguresSelection, events: FiguresEvent[]) => {
  if (selection.kind === 'event') {
    const [event] = events
    return `${event!.title} (${formatNumericDate(event!.start)})`
  }
  const count = events.length === 1 ? '1 Veranstaltung' : `${events.length} Veranstaltungen`
  return `Veranstaltungen mit Beginn vom ${formatNumericDate(`${selection.from}T12:00:00Z`)} bis ${formatNumericDate(`${selection.to}T12:00:00Z`)} (${count})`
}

/**
 * The anonymous figures of one event or a period, read with the viewer's rights: coordinators and
 * admins only, as registrations are theirs to read. Only categories are read, never a name;
 * registrations emptied by the retention periods still count (their categories are kept).
 */
export const figuresFor = async (
  payload: Payload,
  selection: FiguresSelection,
  user: TypedUser | null,
): Promise<FiguresResult> => {
  if (!user) return { ok: false, reason: 'signedOut' }
  if (!isCoordinatorOrAdmin({ user })) return { ok: false, reason: 'forbidden' }
  const events = await findEvents(payload, user, selectionWhere(selection), 'start')
  if (selection.kind === 'event' && !events.length) return { ok: false, reason: 'unknownEvent' }
  const { docs } = events.length
    ? await payload.find({
        collection: collectionSlugs.formSubmissions,
        where: {
          and: [
            { kind: { equals: 'registration' } },
            { event: { in: events.map((event) => event.id) } },
          ],
        },
        select: {
          status: true,
          persons: true,
          checkedIn: true,
          municipality: true,
          organisationKind: true,
        },
        pagination: false,
        depth: 0,
        overrideAccess: false,
        user,
      })
    : { docs: [] }
  return {
    ok: true,
    subject: subjectOf(selection, events),
    events,
    figures: aggregateFigures(docs),
  }
}

/** The events to choose from in the view, newest first. */
export const figuresEventChoices = (payload: Payload, user: TypedUser) =>
  findEvents(payload, user, {}, '-start')
