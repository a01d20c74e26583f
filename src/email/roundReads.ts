import type { Payload } from 'payload'

import { collectionSlugs, globalSlugs } from '@/config/slugs'
import { withoutPlaceholders } from '@/domain/placeholders'
import type { Event, EventNotice, Form, FormSubmission, SiteSetting } from '@/payload-types'

/** Payload's answer for a record that does not exist (by status, as classes differ per bundle). */
export const isNotFound = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 404

/**
 * The reads that the mails of one drain round share: a person's mail and the office's copy need
 * the same registration, and a burst of registrations (or a notice to all registrants) the same
 * form, event and settings. Each is read once per round, a few seconds at most, so a mail still
 * says what was true when it went out. A failed read is not kept: the next mail reads again.
 *
 * Everything is read with access override, as the outbox works for the system, not for a person;
 * editors' unfinished "[bitte ergänzen: …]" markers are taken out once here, before any mail.
 */
export const roundReads = (payload: Payload) => {
  const kept = new Map<string, Promise<unknown>>()
  const once = <T>(key: string, read: () => Promise<T>): Promise<T> => {
    const known = kept.get(key)
    if (known) return known as Promise<T>
    const reading = read()
    kept.set(key, reading)
    reading.catch(() => kept.delete(key))
    return reading
  }
  const byId = <T>(collection: string, id: number) =>
    payload.findByID({
      collection: collection as 'forms',
      id,
      depth: 0,
      overrideAccess: true,
    }) as Promise<unknown> as Promise<T>

  return {
    submission: (id: number) =>
      once(`submission ${id}`, () => byId<FormSubmission>(collectionSlugs.formSubmissions, id)),
    notice: (id: number) =>
      once(`notice ${id}`, () => byId<EventNotice>(collectionSlugs.eventNotices, id)),
    /** Null when it is gone (deleted since): the mail then speaks without it. */
    form: (id: number) =>
      once(`form ${id}`, () =>
        byId<Form>(collectionSlugs.forms, id).then(withoutPlaceholders, orNullWhenGone),
      ),
    event: (id: number) =>
      once(`event ${id}`, () =>
        byId<Event>(collectionSlugs.events, id).then(withoutPlaceholders, orNullWhenGone),
      ),
    settings: () =>
      once('settings', async () =>
        withoutPlaceholders(
          (await payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 0 })) as SiteSetting,
        ),
      ),
  }
}

export type RoundReads = ReturnType<typeof roundReads>

const orNullWhenGone = (error: unknown) => {
  if (isNotFound(error)) return null
  throw error
}
