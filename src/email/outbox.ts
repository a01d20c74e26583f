import type { Payload, PayloadRequest } from 'payload'

import { countAgainstLimits } from '@/db/counters'
import { connectionOf, executorFor, sql } from '@/db/sql'
import { normalisedMailbox } from '@/domain/mailbox'
import { type MailTemplate, mailTemplateLabels } from '@/domain/mailTemplates'
import { rateLimitBuckets, recipientMailRule } from '@/domain/rateLimit'

export const mailQueue = 'mail'

/**
 * Who caused a mail: a request from the public (a form, an API call, a link in a mail) or staff
 * at work. Only the public's mails are capped per recipient.
 */
export type MailCause = 'public' | 'staff'

/**
 * Whether one more public-caused mail may go to this mailbox. Counted outside any transaction, so
 * attempts that are rolled back count as well. The office's own notices are not capped: the
 * office set that address itself, and it wants one notice per stored submission (and per
 * cancellation, which each registration can cause once).
 */
const officeTemplates: MailTemplate[] = ['officeNotice', 'officeCancellationNotice']

const withinRecipientCap = async (payload: Payload, template: MailTemplate, to: Recipient) => {
  if (to === theOffice || officeTemplates.includes(template)) return true
  const buckets = rateLimitBuckets({
    identities: { recipient: normalisedMailbox(to) },
    rules: [recipientMailRule()],
    secret: payload.secret,
  })
  return countAgainstLimits(payload, buckets)
}

/**
 * A mail to the office: its address (`officeEmail` in the settings) is read by the statement
 * that queues the mail, one round trip less on every registration. Without an address set, the
 * mail is not queued (its entry in `queueMails`' answer is `undefined`).
 */
export const theOffice: unique symbol = Symbol('the office')

type Recipient = string | typeof theOffice

export type OutgoingMail = {
  template: MailTemplate
  to: Recipient
  cause: MailCause
  submissionId?: number
  /** a notice to the registrants of an event; with `submissionId`, that person's copy */
  noticeId?: number
}

/**
 * Puts mails into the outbox with one statement; the outbox drain (`drainOutbox`, every instance
 * every ten seconds and right after a form was sent) sends them. With `req` the rows belong to the
 * caller's transaction: a submission and its mails are stored together or not at all, and no
 * instance sees them before the commit. Every mail passes here, so this is where the per-recipient cap sits: a
 * public-caused mail beyond it is not queued (its entry in the answer is `undefined`; the caller
 * decides whether that refuses the request).
 *
 * The rows are written in SQL rather than one `payload.create` each, and no job is queued per
 * submission: each Payload create costs a few milliseconds of hooks and a re-read on every
 * registration (measured with `npm run bench`, see the README). The values are already checked
 * (addresses come from validated fields).
 */
export const queueMails = async (
  payload: Payload,
  mails: OutgoingMail[],
  req?: PayloadRequest,
): Promise<({ id: number } | undefined)[]> => {
  const allowed: boolean[] = []
  for (const mail of mails) {
    const within =
      mail.cause !== 'public' || (await withinRecipientCap(payload, mail.template, mail.to))
    if (!within)
      payload.logger.info(
        `E-Mail nicht eingereiht (${mail.template}, Einsendung ${mail.submissionId ?? '–'}): Höchstzahl je Empfänger:in erreicht.`,
      )
    allowed.push(within)
  }
  const toQueue = mails.filter((_, i) => allowed[i])
  if (toQueue.length === 0) return mails.map(() => undefined)
  const db = req ? await executorFor(req) : connectionOf(payload)
  const address = (to: Recipient) =>
    to === theOffice
      ? sql`(SELECT NULLIF(office_email, '') FROM site_settings LIMIT 1)`
      : sql`${to}::varchar`
  // Typed values: rows from VALUES in a SELECT are not typed by the columns they go into.
  const { rows } = await db.execute(sql`
    INSERT INTO mail_messages (template, status, "to", subject, submission_id, notice_id)
    SELECT m.template, 'queued', m.address, m.subject, m.submission_id, m.notice_id
    FROM (VALUES ${sql.join(
      toQueue.map(
        (mail) =>
          sql`(${mail.template}::enum_mail_messages_template, ${address(mail.to)}, ${mailTemplateLabels[mail.template]}::varchar, ${mail.submissionId ?? null}::integer, ${mail.noticeId ?? null}::integer)`,
      ),
      sql`, `,
    )}) AS m(template, address, subject, submission_id, notice_id)
    WHERE m.address IS NOT NULL
    RETURNING id`)
  const ids = (rows as { id: number }[]).map((row) => Number(row.id))
  // Rows come back in the order given; only mails to the office can be missing, all of them
  // (the settings have no address).
  const officeSkipped = ids.length < toQueue.length
  let next = 0
  return mails.map((mail, i) =>
    allowed[i] && !(officeSkipped && mail.to === theOffice) ? { id: ids[next++]! } : undefined,
  )
}

/** One mail into the outbox (see `queueMails`). */
export const queueMail = async (
  payload: Payload,
  { req, ...mail }: OutgoingMail & { req?: PayloadRequest },
) => (await queueMails(payload, [mail], req))[0]

/**
 * A registration's first mail, queued while its seat was still being decided, now that the
 * decision under the lock came out the other way (`settleSeatDecision`): the same message with
 * the other template. Still in the request's transaction, so nothing was sent yet.
 */
export const retemplateQueuedMail = async (
  req: PayloadRequest,
  submissionId: number,
  from: MailTemplate,
  to: MailTemplate,
) => {
  const db = await executorFor(req)
  await db.execute(sql`
    UPDATE mail_messages SET template = ${to}, subject = ${mailTemplateLabels[to]}
    WHERE submission_id = ${submissionId} AND template = ${from} AND status = 'queued'`)
}
