import type { Payload } from 'payload'

import { relationId } from '@/domain/relations'
import { collectionSlugs, globalSlugs } from '@/config/slugs'
import { connectionOf, sql } from '@/db/sql'
import { readEnvironment } from '@/config/env'
import { createToken } from '@/domain/tokens'
import { hasNamingConsent } from '@/domain/partners/fromDeclaration'
import { consentRevocationPath, partnersPath } from '@/lib/paths'
import type { Event, EventNotice, Form, FormSubmission, MailMessage } from '@/payload-types'
import { calendarAttachment, eventPageLinks, personalCancellationLink } from './eventMailLinks'
import { renderNotice } from './renderNotice'
import { eventSeatStats } from '@/registration/eventStats'
import { withoutPlaceholders } from '@/domain/placeholders'
import { seatsLeft } from '@/domain/registration/rules'
import { renderSubmissionMail } from './templates/submissionMail'

/** Attempts in all (first try plus retries) before a mail counts as failed. */
export const mailAttempts = () => Math.max(1, Number(process.env.MAIL_RETRY_ATTEMPTS ?? 8))
/** First retry delay; each further one doubles (1, 2, 4 … minutes by default). */
export const mailRetryDelayMs = () =>
  Math.max(0, Number(process.env.MAIL_RETRY_DELAY_SECONDS ?? 60)) * 1000

/** A mail that rightly goes out to nobody: recorded as "entfallen", never retried. */
class NotToBeSent extends Error {}

/** Payload's answer for a record that does not exist (by status, as classes differ per bundle). */
const isNotFound = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 404

const withLink = [
  'confirmation',
  'waitlist',
  'promotion',
  'duplicate',
  'reminder',
  'registrationChanged',
]
/** The revocation link keeps working long after any retention period has emptied the record. */
const consentLinkValidDays = 3 * 365

/**
 * Why a queued reminder is no longer to be sent: the person cancelled, or the event was called off
 * or withdrawn, between queueing and sending. Decided from current data, as the mail itself is.
 */
const reminderObsolete = (submission: FormSubmission, event: Event | null) => {
  if (submission.status !== 'confirmed') return 'Nicht mehr angemeldet.'
  if (!event || event.eventStatus === 'cancelled' || event._status !== 'published')
    return 'Die Veranstaltung findet nicht wie geplant statt.'
  if (new Date(event.start) <= new Date()) return 'Die Veranstaltung hat schon begonnen.'
  return undefined
}

/**
 * The office's reason, from the history entry of the cancellation (kept there for the office).
 * Only a change *into* "storniert": a correction of the contact details is recorded with the
 * same status on both sides, and its text is for the office, not for the person.
 */
const officeReasonOf = (submission: FormSubmission) =>
  [...(submission.statusHistory ?? [])]
    .reverse()
    .find((entry) => entry.to === 'cancelled' && entry.from !== 'cancelled')?.reason ?? undefined

/** Seats of the event as they are now, for the office's notice of a cancellation. */
const seatsNow = async (payload: Payload, event: Event) => {
  const stats = (await eventSeatStats(payload, [event.id])).get(event.id)!
  return {
    left: seatsLeft(event.registration?.capacity, stats.confirmedPersons),
    waitlistedPersons: stats.waitlistedPersons,
  }
}

/** Why the mail that an organisation is named is no longer true when its turn comes. */
const listingObsolete = async (payload: Payload, submission: FormSubmission) => {
  if (!hasNamingConsent(submission.consents)) return 'Die Einwilligung zur Nennung ist widerrufen.'
  const { totalDocs } = await payload.count({
    collection: collectionSlugs.partners,
    where: { and: [{ declaration: { equals: submission.id } }, { isPublic: { equals: true } }] },
    overrideAccess: true,
  })
  return totalDocs ? undefined : 'Der Partnereintrag ist nicht mehr öffentlich.'
}

const renderMessage = async (payload: Payload, message: MailMessage) => {
  if (message.template === 'eventNotice') return renderNoticeMessage(payload, message)
  const submissionId =
    typeof message.submission === 'object' ? message.submission?.id : message.submission
  const submission = (await payload.findByID({
    collection: collectionSlugs.formSubmissions,
    id: submissionId!,
    depth: 1,
    overrideAccess: true,
  })) as FormSubmission
  // Mails are public too: an editor's unfinished "[bitte ergänzen: …]" never goes out.
  const form = withoutPlaceholders(submission.form as Form)
  const event = withoutPlaceholders(
    (typeof submission.event === 'object' ? submission.event : null) as Event | null,
  )
  if (message.template === 'reminder') {
    const obsolete = reminderObsolete(submission, event)
    if (obsolete) throw new NotToBeSent(`Entfallen: ${obsolete}`)
  }
  if (message.template === 'partnerListed') {
    const obsolete = await listingObsolete(payload, submission)
    if (obsolete) throw new NotToBeSent(`Entfallen: ${obsolete}`)
  }
  const settings = withoutPlaceholders(
    await payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 0 }),
  )
  const { serverUrl } = readEnvironment()
  const cancel =
    event && withLink.includes(message.template)
      ? personalCancellationLink(payload, submission, event, serverUrl)
      : undefined
  const consentToken = (submission.consents ?? []).some((c) => !c.revokedAt)
    ? createToken(
        {
          purpose: 'consent',
          subject: String(submission.id),
          expiresAt: new Date(Date.now() + consentLinkValidDays * 24 * 60 * 60 * 1000),
        },
        payload.secret,
      )
    : undefined
  const rendered = renderSubmissionMail({
    template: message.template,
    submission,
    form,
    event,
    settings,
    cancellationReason:
      message.template === 'cancelledByOffice' ? officeReasonOf(submission) : undefined,
    seats:
      message.template === 'officeCancellationNotice' && event
        ? await seatsNow(payload, event)
        : undefined,
    links: {
      ...(event ? eventPageLinks(event, serverUrl) : {}),
      cancel,
      consents: consentToken
        ? `${serverUrl}${consentRevocationPath}?token=${consentToken}`
        : undefined,
      partners: message.template === 'partnerListed' ? `${serverUrl}${partnersPath}` : undefined,
      admin: `${serverUrl}/admin/collections/${collectionSlugs.formSubmissions}/${submission.id}`,
    },
  })
  const attachments =
    rendered.calendar && event ? [calendarAttachment(event, settings, serverUrl)] : undefined
  return { ...rendered, attachments }
}

/** Who may still receive a notice when it is sent (they may have cancelled since it was queued). */
const stillRegistered = (notice: EventNotice, submission: FormSubmission) => {
  if (submission.anonymisedAt || !submission.email) return false
  if (notice.kind === 'cancelled')
    return ['confirmed', 'waitlisted', 'eventCancelled'].includes(submission.status ?? '')
  return submission.status === 'confirmed' || submission.status === 'waitlisted'
}

/**
 * A notice to the registrants of an event, for one person. Without a submission it is the test
 * mail a coordinator sends to themselves first.
 */
const renderNoticeMessage = async (payload: Payload, message: MailMessage) => {
  const notice = await payload.findByID({
    collection: collectionSlugs.eventNotices,
    id: relationId(message.notice)!,
    depth: 0,
    overrideAccess: true,
  })
  const event = withoutPlaceholders(
    await payload.findByID({
      collection: collectionSlugs.events,
      id: relationId(notice.event)!,
      depth: 0,
      overrideAccess: true,
    }),
  )
  const submissionId = relationId(message.submission)
  if (!submissionId) {
    const rendered = await renderNotice(payload, { notice, event })
    return { ...rendered, subject: `[Test] ${rendered.subject}` }
  }
  const submission = (await payload
    .findByID({
      collection: collectionSlugs.formSubmissions,
      id: submissionId,
      depth: 0,
      overrideAccess: true,
    })
    .catch(() => null)) as FormSubmission | null
  if (!submission || !stillRegistered(notice, submission))
    throw new NotToBeSent('Nicht versendet: nicht mehr angemeldet.')
  // A change or postponement still queued when the event was cancelled would contradict the
  // cancellation mail that follows it (and carry a calendar entry of a cancelled event).
  if (notice.kind !== 'cancelled' && notice.kind !== 'message' && event.eventStatus === 'cancelled')
    throw new NotToBeSent('Nicht versendet: Veranstaltung inzwischen abgesagt.')
  return renderNotice(payload, { notice, event, submission })
}

/** Minutes after which a message left in "sending" (a crashed worker) may be tried again. */
const stuckAfterMinutes = 15

/**
 * Which outbox rows are due: new ones, failed attempts whose waiting time is over (the first
 * retry after MAIL_RETRY_DELAY_SECONDS, each further one after twice the time before), and ones
 * a crashed worker left in "sending".
 */
const dueMessages = () => sql`(
  status = 'queued'
  OR (status = 'retrying' AND last_attempt_at <= now()
    - make_interval(secs => ${mailRetryDelayMs() / 1000}::float8 * power(2, GREATEST(COALESCE(attempts, 1), 1) - 1)))
  OR (status = 'sending' AND last_attempt_at < now() - make_interval(mins => ${stuckAfterMinutes})))`

/**
 * Takes up to `limit` due messages for this worker in one atomic statement, oldest first, so that
 * two app instances working the outbox at the same moment never both send one: rows another
 * worker is taking are skipped, not waited for.
 */
export const claimDueMessages = async (payload: Payload, limit: number) => {
  const { rows } = await connectionOf(payload).execute(sql`
    UPDATE mail_messages
    SET status = 'sending', attempts = COALESCE(attempts, 0) + 1, last_attempt_at = now(), updated_at = now()
    WHERE id IN (
      SELECT id FROM mail_messages WHERE ${dueMessages()}
      ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      AND ${dueMessages()}
    RETURNING id`)
  return (rows as { id: number }[]).map((row) => Number(row.id)).sort((a, b) => a - b)
}

/** Takes one message by id, if it is due (jobs queued before the outbox was drained as a whole). */
const claimMessage = async (payload: Payload, id: number) => {
  const { rows } = await connectionOf(payload).execute(sql`
    UPDATE mail_messages
    SET status = 'sending', attempts = COALESCE(attempts, 0) + 1, last_attempt_at = now(), updated_at = now()
    WHERE id = ${id} AND ${dueMessages()}
    RETURNING id`)
  return rows.length === 1
}

// depth 0: nothing populated (and nothing read) while the update's transaction holds a connection
const record = (payload: Payload, id: number, data: Partial<MailMessage>) =>
  payload.update({
    collection: collectionSlugs.mailMessages,
    id,
    data,
    depth: 0,
    overrideAccess: true,
  })

export type DeliveryOutcome = 'sent' | 'skipped' | 'failed' | 'retrying'

const statusAfterFailure = (attempts: number) =>
  attempts >= mailAttempts() ? ('failed' as const) : ('retrying' as const)

/** One line per failed attempt; the address and the server's text stay on the message only. */
const logFailure = (
  payload: Payload,
  messageId: number,
  attempts: number,
  status: 'failed' | 'retrying',
  error: unknown,
) => {
  const code = (error as { code?: unknown } | null)?.code
  payload.logger.warn(
    `E-Mail ${messageId} nicht versendet (Versuch ${attempts} von ${mailAttempts()}${typeof code === 'string' ? `, ${code}` : ''}): ${status === 'failed' ? 'aufgegeben' : 'wird später erneut versucht'}.`,
  )
}

/**
 * Sends one outbox message this worker has claimed. A message already sent is never sent again;
 * a failure is recorded with its time, so that the next attempt waits its turn.
 */
const deliverClaimed = async (payload: Payload, messageId: number): Promise<DeliveryOutcome> => {
  const message = await payload.findByID({
    collection: collectionSlugs.mailMessages,
    id: messageId,
    depth: 0,
    overrideAccess: true,
  })
  const attempts = message.attempts ?? 1
  const now = new Date().toISOString()
  let mail: Awaited<ReturnType<typeof renderMessage>>
  try {
    mail = await renderMessage(payload, message)
  } catch (error) {
    if (error instanceof NotToBeSent) {
      await record(payload, messageId, {
        status: 'skipped',
        attempts,
        lastAttemptAt: now,
        lastError: error.message,
      })
      return 'skipped'
    }
    if (isNotFound(error)) {
      // The submission or notice is gone (erased on request): there is nothing left to send.
      await record(payload, messageId, {
        status: 'failed',
        attempts,
        lastAttemptAt: now,
        lastError: `Nicht versendbar: ${(error as Error).message}`.slice(0, 500),
      })
      return 'failed'
    }
    // Anything else (the database away for a moment) is retried like a failed send: a mail is
    // never given up because its text could not be put together once.
    const status = statusAfterFailure(attempts)
    await record(payload, messageId, {
      status,
      attempts,
      lastAttemptAt: now,
      lastError: `Nicht aufbereitet: ${String((error as Error).message ?? error)}`.slice(0, 500),
    })
    logFailure(payload, messageId, attempts, status, error)
    return status
  }
  try {
    await payload.sendEmail({
      to: message.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments,
    })
  } catch (error) {
    const status = statusAfterFailure(attempts)
    await record(payload, messageId, {
      status,
      attempts,
      subject: mail.subject,
      lastAttemptAt: now,
      lastError: String((error as Error).message ?? error).slice(0, 500),
    })
    logFailure(payload, messageId, attempts, status, error)
    return status
  }
  await record(payload, messageId, {
    status: 'sent',
    attempts,
    subject: mail.subject,
    sentAt: now,
    lastAttemptAt: now,
    lastError: null,
  })
  return 'sent'
}

/**
 * Mails sent at the same time by one worker: an SMTP exchange is mostly waiting for the server,
 * so a batch goes out over a few connections at once (as one job per submission used to).
 */
const parallelSends = 10

/** Each message on its own: one that fails does not hold back the others. */
const deliverEach = async (payload: Payload, messageIds: number[], claim: boolean) => {
  const outcomes: DeliveryOutcome[] = []
  const deliverOne = async (id: number): Promise<DeliveryOutcome> => {
    try {
      if (claim && !(await claimMessage(payload, id))) return 'skipped'
      return await deliverClaimed(payload, id)
    } catch (error) {
      // The database failed while the attempt was recorded: the message stays "sending" and is
      // taken again once that counts as stuck.
      payload.logger.error({ err: error, msg: `E-Mail ${id}: Versuch nicht festgehalten.` })
      return 'retrying'
    }
  }
  let next = 0
  const worker = async () => {
    while (next < messageIds.length) outcomes.push(await deliverOne(messageIds[next++]!))
  }
  await Promise.all(Array.from({ length: Math.min(parallelSends, messageIds.length) }, worker))
  return outcomes
}

/**
 * Sends what is due in the outbox, up to `limit` messages. Every instance runs this (on a timer
 * and right after a form was sent); the claim hands each message to one of them. A failed
 * attempt stays in the outbox as "retrying" and is due again after its waiting time, until
 * MAIL_RETRY_ATTEMPTS are used up ("failed"). Nothing is thrown for a failed mail: the outbox
 * row is its record.
 */
export const drainOutbox = async (payload: Payload, { limit }: { limit: number }) =>
  deliverEach(payload, await claimDueMessages(payload, limit), false)

/**
 * The messages of a `sendMail` job queued before the outbox was drained as a whole (such jobs may
 * still wait in a database that was upgraded). A failure is not rethrown: the outbox drain
 * retries the message itself.
 */
export const deliverMessages = (payload: Payload, messageIds: number[]) =>
  deliverEach(payload, messageIds, true)
