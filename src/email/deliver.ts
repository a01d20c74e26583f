import type { Payload } from 'payload'

import { relationId } from '@/domain/relations'
import { collectionSlugs } from '@/config/slugs'
import { connectionOf, sql } from '@/db/sql'
import { readEnvironment, readMailRetry } from '@/config/env'
import { createToken } from '@/domain/tokens'
import { hasNamingConsent } from '@/domain/partners/fromDeclaration'
import { consentRevocationPath, partnersPath } from '@/lib/paths'
import type { Event, EventNotice, FormSubmission, MailMessage } from '@/payload-types'
import { calendarAttachment, eventPageLinks, personalCancellationLink } from './eventMailLinks'
import { renderNotice } from './renderNotice'
import { isNotFound, roundReads, type RoundReads } from './roundReads'
import { eventSeatStats } from '@/registration/eventStats'
import { seatsLeft } from '@/domain/registration/rules'
import { renderSubmissionMail } from './templates/submissionMail'

// Read on every use (checked at start by readEnvironment), so that tests can change them.
/** Attempts in all (first try plus retries) before a mail counts as failed. */
const mailAttempts = () => readMailRetry(process.env).attempts
/** First retry delay; each further one doubles (1, 2, 4 … minutes by default). */
const mailRetryDelaySeconds = () => readMailRetry(process.env).delaySeconds

/** A mail that rightly goes out to nobody: recorded as "entfallen", never retried. */
class NotToBeSent extends Error {}

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

/** What a claim hands over: all that rendering and sending need, without reading the row again. */
type ClaimedMessage = Pick<MailMessage, 'id' | 'template' | 'to' | 'attempts'> & {
  submission: number | null
  notice: number | null
}

const claimedColumns = sql`id, template, "to", submission_id AS submission, notice_id AS notice,
  attempts::int AS attempts`

const renderMessage = async (payload: Payload, message: ClaimedMessage, reads: RoundReads) => {
  if (message.template === 'eventNotice') return renderNoticeMessage(payload, message, reads)
  const submission = await reads.submission(message.submission!)
  // Mails are public too: an editor's unfinished "[bitte ergänzen: …]" never goes out (the
  // reads take the markers out).
  const form = await reads.form(relationId(submission.form)!)
  // Forms with submissions cannot be deleted; should one be gone all the same, say so.
  if (!form) throw new NotToBeSent('Entfallen: Das Formular gibt es nicht mehr.')
  const eventId = relationId(submission.event)
  // A reminder goes out only while the event is still on: that is read for this mail alone.
  const readEvent = message.template === 'reminder' ? reads.eventNow : reads.event
  const event = eventId ? await readEvent(eventId) : null
  if (message.template === 'reminder') {
    const obsolete = reminderObsolete(submission, event)
    if (obsolete) throw new NotToBeSent(`Entfallen: ${obsolete}`)
  }
  if (message.template === 'partnerListed') {
    const obsolete = await listingObsolete(payload, submission)
    if (obsolete) throw new NotToBeSent(`Entfallen: ${obsolete}`)
  }
  const settings = await reads.settings()
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
const renderNoticeMessage = async (
  payload: Payload,
  message: ClaimedMessage,
  reads: RoundReads,
) => {
  const notice = await reads.notice(message.notice!)
  // Whether a notice still goes out depends on the event (cancelled since?): read for this mail.
  const event = await reads.eventNow(relationId(notice.event)!)
  if (!event) throw new NotToBeSent('Nicht versendet: Veranstaltung gelöscht.')
  const sharedReads = { form: reads.form, settings: reads.settings }
  if (!message.submission) {
    const rendered = await renderNotice(payload, { notice, event }, sharedReads)
    return { ...rendered, subject: `[Test] ${rendered.subject}` }
  }
  const submission = await reads.submission(message.submission).catch(() => null)
  if (!submission || !stillRegistered(notice, submission))
    throw new NotToBeSent('Nicht versendet: nicht mehr angemeldet.')
  // A change or postponement still queued when the event was cancelled would contradict the
  // cancellation mail that follows it (and carry a calendar entry of a cancelled event).
  if (notice.kind !== 'cancelled' && notice.kind !== 'message' && event.eventStatus === 'cancelled')
    throw new NotToBeSent('Nicht versendet: Veranstaltung inzwischen abgesagt.')
  return renderNotice(payload, { notice, event, submission }, sharedReads)
}

/**
 * Minutes after which a message left in "sending" counts as abandoned: its worker crashed, or the
 * database failed when the attempt was to be recorded. Far longer than one send can take (each
 * message is claimed right before its send, and every SMTP step has a timeout).
 */
const stuckAfterMinutes = 15
const stuck = () =>
  sql`status = 'sending' AND last_attempt_at < now() - make_interval(mins => ${stuckAfterMinutes})`

/**
 * Which outbox rows are due: new ones, failed attempts whose waiting time is over (the first
 * retry after MAIL_RETRY_DELAY_SECONDS, each further one after twice the time before), and
 * abandoned ones with attempts left. Whether an abandoned message went out is unknown; trying
 * again risks a second copy, not trying risks none at all, and the attempt cap bounds the copies.
 */
const dueMessages = () => sql`(
  status = 'queued'
  OR (status = 'retrying' AND last_attempt_at <= now()
    - make_interval(secs => ${mailRetryDelaySeconds()}::float8 * power(2, LEAST(GREATEST(COALESCE(attempts, 1), 1) - 1, 20))))
  OR (${stuck()} AND COALESCE(attempts, 0) < ${mailAttempts()}))`

/**
 * Abandoned messages without attempts left become "fehlgeschlagen" with a note for the office,
 * instead of staying "wird versendet" for ever.
 */
const giveUpAbandoned = async (payload: Payload) => {
  const { rows } = await connectionOf(payload).execute(sql`
    UPDATE mail_messages
    SET status = 'failed', updated_at = now(),
      last_error = 'Versand nicht bestätigt: Der Versuch brach ab oder konnte nicht festgehalten werden. Bitte prüfen Sie, ob die E-Mail angekommen ist.'
    WHERE ${stuck()} AND COALESCE(attempts, 0) >= ${mailAttempts()}
    RETURNING id`)
  for (const { id } of rows as { id: number }[])
    payload.logger.warn(
      `E-Mail ${id}: Versand nicht bestätigt, keine Versuche mehr: fehlgeschlagen.`,
    )
}

/**
 * Takes the oldest due message in one atomic statement, so that two app instances working the
 * outbox at the same moment never both send one: rows another worker is taking are skipped, not
 * waited for. `tried` are the messages this run has had already: with no waiting time between
 * retries, a failing one would otherwise come back in the same run until its attempts are used.
 */
const claimNextMessage = async (payload: Payload, tried: number[]) => {
  const { rows } = await connectionOf(payload).execute(sql`
    UPDATE mail_messages
    SET status = 'sending', attempts = COALESCE(attempts, 0) + 1, last_attempt_at = now(), updated_at = now()
    WHERE id = (
      SELECT id FROM mail_messages WHERE ${dueMessages()} AND id <> ALL(${`{${tried.join(',')}}`}::int[])
      ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
      AND ${dueMessages()}
    RETURNING ${claimedColumns}`)
  return rows[0] as ClaimedMessage | undefined
}

/** Takes one message by id, if it is due (jobs queued before the outbox was drained as a whole). */
const claimMessage = async (payload: Payload, id: number) => {
  const { rows } = await connectionOf(payload).execute(sql`
    UPDATE mail_messages
    SET status = 'sending', attempts = COALESCE(attempts, 0) + 1, last_attempt_at = now(), updated_at = now()
    WHERE id = ${id} AND ${dueMessages()}
    RETURNING ${claimedColumns}`)
  return rows[0] as ClaimedMessage | undefined
}

type Outcome = {
  status: DeliveryOutcome
  attempts: number
  lastAttemptAt: string
  lastError: string | null
  subject?: string
  sentAt?: string
}

/**
 * Writes down how an attempt ended, in one statement: the outbox has no hooks, and Payload's
 * update would read the row before and after (per mail of a burst, that was most of the work).
 *
 * Only the attempt that holds the claim writes (its number is the row's): an attempt taken for
 * abandoned and claimed again meanwhile must not write an older outcome over a newer one, or
 * "wird erneut versucht" over "versendet". That a mail went out is written also over the
 * "fehlgeschlagen" that `giveUpAbandoned` may have set for this very attempt.
 */
const record = async (payload: Payload, id: number, outcome: Outcome) => {
  const heldByThisAttempt =
    outcome.status === 'sent' ? sql`status IN ('sending', 'failed')` : sql`status = 'sending'`
  const { rows } = await connectionOf(payload).execute(sql`
    UPDATE mail_messages
    SET status = ${outcome.status}, last_attempt_at = ${outcome.lastAttemptAt},
      last_error = ${outcome.lastError}, subject = COALESCE(${outcome.subject ?? null}, subject),
      sent_at = COALESCE(${outcome.sentAt ?? null}, sent_at), updated_at = now()
    WHERE id = ${id} AND attempts = ${outcome.attempts} AND ${heldByThisAttempt}
    RETURNING id`)
  if (rows.length === 0)
    payload.logger.warn(
      `E-Mail ${id}: Ausgang von Versuch ${outcome.attempts} nicht festgehalten, sie wurde inzwischen erneut übernommen oder gelöscht.`,
    )
}

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
const deliverClaimed = async (
  payload: Payload,
  message: ClaimedMessage,
  reads: RoundReads,
): Promise<DeliveryOutcome> => {
  const messageId = message.id
  const attempts = message.attempts ?? 1
  const now = new Date().toISOString()
  let mail: Awaited<ReturnType<typeof renderMessage>>
  try {
    mail = await renderMessage(payload, message, reads)
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
  await recordPersistently(() =>
    record(payload, messageId, {
      status: 'sent',
      attempts,
      subject: mail.subject,
      sentAt: now,
      lastAttemptAt: now,
      lastError: null,
    }),
  )
  return 'sent'
}

/**
 * Waits before each further try of writing down that a mail went out: about five minutes in all,
 * well within `stuckAfterMinutes`, so that a restarting database is waited out.
 */
const recordRetryWaitsMs = [200, 1_000, 3_000, 10_000, 30_000, 60_000, 60_000, 60_000, 60_000]

/**
 * A mail that went out must be written down as sent: otherwise it counts as abandoned and goes
 * out once more after `stuckAfterMinutes`.
 */
const recordPersistently = async (write: () => Promise<unknown>) => {
  for (const waitMs of recordRetryWaitsMs) {
    try {
      return await write()
    } catch {
      await new Promise((resolve) => setTimeout(resolve, waitMs))
    }
  }
  return write()
}

/** The error's code or class, never its message: a failed query's message carries its values. */
const errorKind = (error: unknown) => {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown }
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause?.code
  return [typeof name === 'string' ? name : 'Error', code ?? cause].filter(Boolean).join(' ')
}

/**
 * Mails sent at the same time by one worker: an SMTP exchange is mostly waiting for the server,
 * so a batch goes out over a few connections at once (as one job per submission used to).
 */
const parallelSends = 10

/**
 * One message (claimed before, or by `claim` first), whatever happens: a failure to write its
 * outcome down leaves it "sending", and it is taken again once abandoned. The log line names no
 * address.
 */
const deliverSafely = async (
  payload: Payload,
  message: ClaimedMessage,
  reads: RoundReads,
): Promise<DeliveryOutcome> => {
  try {
    return await deliverClaimed(payload, message, reads)
  } catch (error) {
    payload.logger.error(`E-Mail ${message.id}: Versuch nicht festgehalten (${errorKind(error)}).`)
    return 'retrying'
  }
}

/**
 * Takes message after message from `next` until it has none, with up to `parallelSends` workers:
 * one to begin with, and another joins each time one finds work. An empty outbox thus costs one
 * claim, not one per worker (and not the whole connection pool at once).
 */
const inParallel = async (
  next: () => Promise<ClaimedMessage | undefined>,
  deliver: (message: ClaimedMessage) => Promise<DeliveryOutcome>,
) => {
  const outcomes: DeliveryOutcome[] = []
  const failures: unknown[] = []
  const workers = new Set<Promise<void>>()
  const worker = async () => {
    try {
      for (let message = await next(); message; message = await next()) {
        if (workers.size < parallelSends) startWorker()
        outcomes.push(await deliver(message))
      }
    } catch (error) {
      // A claim failed (the database away): this worker stops; the others finish what they hold.
      failures.push(error)
    }
  }
  const startWorker = () => {
    const running: Promise<void> = worker().finally(() => workers.delete(running))
    workers.add(running)
  }
  startWorker()
  // Workers join while others run: wait until none is left, not only for the first ones.
  while (workers.size > 0) await Promise.all(workers)
  if (failures.length > 0) throw failures[0]
  return outcomes
}

/**
 * Sends what is due in the outbox, up to `limit` messages. Every instance runs this (on a timer
 * and right after a form was sent); the claim hands each message to one of them. Each message is
 * claimed right before its own send, so that the time it may take before counting as abandoned
 * starts then, not when a whole batch was taken. A failed attempt stays in the outbox as
 * "retrying" and is due again after its waiting time, until MAIL_RETRY_ATTEMPTS are used up
 * ("failed"). Nothing is thrown for a failed mail: the outbox row is its record.
 */
export const drainOutbox = async (payload: Payload, { limit }: { limit: number }) => {
  await giveUpAbandoned(payload)
  let left = limit
  const tried: number[] = []
  const next = async () => {
    if (left <= 0) return undefined
    left -= 1
    const message = await claimNextMessage(payload, tried)
    // nothing due: no other worker needs to ask again in this run
    if (!message) left = 0
    else tried.push(message.id)
    return message
  }
  const reads = roundReads(payload)
  return inParallel(next, (message) => deliverSafely(payload, message, reads))
}

/**
 * The messages of a `sendMail` job queued before the outbox was drained as a whole (such jobs may
 * still wait in a database that was upgraded; one or two messages each), outcomes in their order.
 * A failure is not rethrown: the outbox drain retries the message itself.
 */
export const deliverMessages = async (payload: Payload, messageIds: number[]) => {
  const reads = roundReads(payload)
  const deliverOne = async (id: number): Promise<DeliveryOutcome> => {
    let message: ClaimedMessage | undefined
    try {
      message = await claimMessage(payload, id)
    } catch (error) {
      payload.logger.error(`E-Mail ${id}: nicht übernommen (${errorKind(error)}).`)
      return 'retrying'
    }
    // none: sent or taken by the outbox drain meanwhile
    return message ? deliverSafely(payload, message, reads) : 'skipped'
  }
  return Promise.all(messageIds.map(deliverOne))
}
