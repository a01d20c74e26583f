import type { Payload } from 'payload'

import { icsFileName } from '@/domain/ics'
import { createToken } from '@/domain/tokens'
import { calendarFileOf } from '@/lib/eventCalendar'
import { cancellationPath, eventPath } from '@/lib/paths'
import type { Event, FormSubmission, SiteSetting } from '@/payload-types'

/** The event page and, when there is one, its programme: every mail about an event links them. */
export const eventPageLinks = (event: Event, serverUrl: string) => ({
  event: `${serverUrl}${eventPath(event.slug)}`,
  programme: event.programme?.length ? `${serverUrl}${eventPath(event.slug)}#programm` : undefined,
})

/**
 * The person's own link to "Ihre Anmeldung" (change or cancel), while the registration still
 * holds or waits for a seat; it expires with the event.
 */
export const personalCancellationLink = (
  payload: Payload,
  submission: Pick<FormSubmission, 'id' | 'status'>,
  event: Event,
  serverUrl: string,
) => {
  if (submission.status !== 'confirmed' && submission.status !== 'waitlisted') return undefined
  const token = createToken(
    { purpose: 'cancel', subject: String(submission.id), expiresAt: new Date(event.end) },
    payload.secret,
  )
  return `${serverUrl}${cancellationPath}?token=${token}`
}

/** The event as a calendar file for a mail: an entry to add or move, or its cancellation. */
export const calendarAttachment = (
  event: Event,
  settings: SiteSetting,
  serverUrl: string,
  method: 'PUBLISH' | 'CANCEL' = 'PUBLISH',
) => ({
  filename: icsFileName(event.slug),
  content: calendarFileOf(event, settings, serverUrl, method),
  contentType: `text/calendar; charset=utf-8; method=${method}`,
})
