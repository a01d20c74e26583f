import type { Payload, TypedUser } from 'payload'

import { collectionSlugs } from '@/config/slugs'

/** Who is expected at the door: confirmed registrations only, by name, read with the viewer's rights. */
export const participantsOf = async (payload: Payload, eventId: number, user: TypedUser | null) => {
  const { docs } = await payload.find({
    collection: collectionSlugs.formSubmissions,
    where: { and: [{ event: { equals: eventId } }, { status: { equals: 'confirmed' } }] },
    sort: 'name',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const persons = (list: typeof docs) => list.reduce((sum, doc) => sum + (doc.persons ?? 1), 0)
  return {
    participants: docs,
    persons: persons(docs),
    checkedInPersons: persons(docs.filter((doc) => doc.checkedIn)),
  }
}
