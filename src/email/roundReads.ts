import type { Payload } from 'payload'

import { collectionSlugs, globalSlugs } from '@/config/slugs'
import { withoutPlaceholders } from '@/domain/placeholders'
import type { Event, EventNotice, Form, FormSubmission, SiteSetting } from '@/payload-types'

/** Payload's answer for a record that does not exist (by status, as classes differ per bundle). */
export const isNotFound = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 404

/**
 * How long the mails of a drain round share a read of a form, an event or the settings. A round
 * may last minutes (a slow mail server), so not for the whole round: a mail must say what is true
 * when it goes out, and a reminder must not go out for an event cancelled meanwhile. One second
 * is no longer than the time between putting a mail together and the server taking it.
 */
const sharedForMs = 1_000

/**
 * The reads that the mails of one drain round share: a burst of registrations (or a notice to
 * all registrants) needs the same form, event and settings for every mail. The person's own
 * registration and the notice are read fresh for each mail: they decide whether the mail goes
 * out at all (cancelled since?) and which status it names; so is the event, where it decides
 * (`eventNow`: reminders, notices). A failed read is not kept: the next mail reads again.
 *
 * Everything is read with access override, as the outbox works for the system, not for a person;
 * editors' unfinished "[bitte ergänzen: …]" markers are taken out here, before any mail.
 */
export const roundReads = (payload: Payload) => {
  const kept = new Map<string, { reading: Promise<unknown>; at: number }>()
  const shared = <T>(key: string, read: () => Promise<T>): Promise<T> => {
    const known = kept.get(key)
    if (known && Date.now() - known.at < sharedForMs) return known.reading as Promise<T>
    const reading = read()
    kept.set(key, { reading, at: Date.now() })
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

  const eventNow = (id: number) =>
    byId<Event>(collectionSlugs.events, id).then(withoutPlaceholders, orNullWhenGone)

  return {
    submission: (id: number) => byId<FormSubmission>(collectionSlugs.formSubmissions, id),
    notice: (id: number) => byId<EventNotice>(collectionSlugs.eventNotices, id),
    /** Null when it is gone (deleted since): the mail then speaks without it. */
    form: (id: number) =>
      shared(`form ${id}`, () =>
        byId<Form>(collectionSlugs.forms, id).then(withoutPlaceholders, orNullWhenGone),
      ),
    event: (id: number) => shared(`event ${id}`, () => eventNow(id)),
    /** For mails whose going out depends on the event (cancelled or begun since?): not shared. */
    eventNow,
    settings: () =>
      shared('settings', async () =>
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
