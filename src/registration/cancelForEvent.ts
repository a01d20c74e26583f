import type { Payload } from 'payload'

import { collectionSlugs } from '@/config/slugs'

const batchSize = 50

/** Who the status history names for these changes, whoever runs the job queue. */
export const eventCancellationActor = 'Veranstaltung abgesagt'

/**
 * Ends every registration of a cancelled event that still holds or waits for a seat: status
 * "storniert (Veranstaltung abgesagt)". Each change is its own transaction, so a crash keeps the
 * finished part and a rerun does the rest (only open registrations are picked). The context
 * tells the submission hooks that this is no person's cancellation: no cancellation mail, no
 * office notice, no one moves up. Does nothing if the event is no longer cancelled by now.
 */
export const cancelRegistrationsOfEvent = async (payload: Payload, eventId: number) => {
  const event = await payload.findByID({
    collection: collectionSlugs.events,
    id: eventId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (event?.eventStatus !== 'cancelled') return 0
  let cancelled = 0
  for (;;) {
    const { docs } = await payload.find({
      collection: collectionSlugs.formSubmissions,
      where: {
        event: { equals: eventId },
        kind: { equals: 'registration' },
        status: { in: ['confirmed', 'waitlisted'] },
      },
      sort: 'id',
      limit: batchSize,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { status: true },
    })
    for (const { id } of docs) {
      await payload.update({
        collection: collectionSlugs.formSubmissions,
        id,
        data: { status: 'eventCancelled' },
        overrideAccess: true,
        context: { eventCancellation: true, actor: eventCancellationActor },
      })
      cancelled++
    }
    if (docs.length < batchSize) return cancelled
  }
}
