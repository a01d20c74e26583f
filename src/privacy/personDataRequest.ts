import { Forbidden, type Payload, type TypedUser } from 'payload'

import { isCoordinatorOrAdmin } from '@/access/roles'
import { collectionSlugs } from '@/config/slugs'
import type { FormSubmission, MailMessage } from '@/payload-types'
import { personErased } from './personalData'

/** An address as people type it: case and surrounding spaces do not make a different person. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase()

const sameAddress = (a: string | null | undefined, b: string) =>
  typeof a === 'string' && normaliseEmail(a) === b

export type PersonData = { email: string; submissions: FormSubmission[]; mails: MailMessage[] }

/**
 * Everything stored about one e-mail address: submissions and the mails sent to it. Asks for
 * the user's role first, so nobody else causes even a search; the reads then pass the
 * collections' own access control as well.
 */
export const findPersonData = async (
  payload: Payload,
  rawEmail: string,
  user: TypedUser | null | undefined,
): Promise<PersonData | undefined> => {
  if (!isCoordinatorOrAdmin({ user })) return undefined
  const email = normaliseEmail(rawEmail)
  if (!email) return { email, submissions: [], mails: [] }
  const asUser = { overrideAccess: false, user } as const
  const [submissions, mails] = await Promise.all([
    payload.find({
      collection: collectionSlugs.formSubmissions,
      where: { email: { like: email } },
      pagination: false,
      depth: 0,
      sort: 'createdAt',
      ...asUser,
    }),
    payload.find({
      collection: collectionSlugs.mailMessages,
      where: { to: { like: email } },
      pagination: false,
      depth: 0,
      sort: 'createdAt',
      ...asUser,
    }),
  ])
  // `like` matches parts of addresses; only the exact address counts.
  return {
    email,
    submissions: submissions.docs.filter((doc) => sameAddress(doc.email, email)),
    mails: mails.docs.filter((doc) => sameAddress(doc.to, email)),
  }
}

const record = (
  payload: Payload,
  kind: 'export' | 'erase',
  user: TypedUser,
  counts: { submissions: number; mails: number },
) =>
  payload.create({
    collection: collectionSlugs.dataRequests,
    data: { kind, by: user.id as number, ...counts },
    overrideAccess: true,
  })

/**
 * Art. 15 DSGVO: the person's data for a staff member who hands it out. Every such access is
 * logged (kind `export`), without the address or the data itself.
 */
export const findPersonDataForAccess = async (payload: Payload, email: string, user: TypedUser) => {
  const data = await findPersonData(payload, email, user)
  if (!data) throw new Forbidden()
  await record(payload, 'export', user, {
    submissions: data.submissions.length,
    mails: data.mails.length,
  })
  return data
}

/** Art. 15 DSGVO: the person's data as JSON, for machines. */
export const exportPersonData = async (payload: Payload, email: string, user: TypedUser) => {
  const data = await findPersonDataForAccess(payload, email, user)
  return {
    email: data.email,
    exportedAt: new Date().toISOString(),
    controller: 'Partnerschaft für Demokratie Ostprignitz-Ruppin',
    submissions: data.submissions.map(({ internalNote: _note, ...submission }) => submission),
    mails: data.mails.map(({ to, subject, template, status, sentAt, createdAt }) => ({
      to,
      subject,
      template,
      status,
      sentAt,
      createdAt,
    })),
  }
}

/**
 * Art. 17 DSGVO: removes the person from every submission and deletes the mails to them.
 * Registrations still holding or awaiting a seat are cancelled first, so the seat moves on.
 * What remains is anonymous; the log keeps only who did it, when, and how many records.
 */
export const erasePersonData = async (payload: Payload, email: string, user: TypedUser) => {
  const data = await findPersonData(payload, email, user)
  if (!data) throw new Forbidden()
  const ids = data.submissions.map((doc) => doc.id)
  const context = { actor: 'Löschung auf Antrag (Art. 17 DSGVO)', noMailFor: ids }
  for (const doc of data.submissions) {
    if (doc.kind === 'registration' && (doc.status === 'confirmed' || doc.status === 'waitlisted'))
      await payload.update({
        collection: collectionSlugs.formSubmissions,
        id: doc.id,
        data: { status: 'cancelled' },
        user,
        context,
      })
  }
  if (ids.length)
    await payload.update({
      collection: collectionSlugs.formSubmissions,
      where: { id: { in: ids } },
      data: { ...personErased, anonymisedAt: new Date().toISOString() },
      context,
    })
  // Mails to the address, and any left for the anonymised submissions, go.
  const mailIds = [
    ...new Set([
      ...data.mails.map((mail) => mail.id),
      ...(ids.length
        ? (
            await payload.find({
              collection: collectionSlugs.mailMessages,
              where: { submission: { in: ids } },
              pagination: false,
              depth: 0,
              select: {},
            })
          ).docs.map((mail) => mail.id)
        : []),
    ]),
  ]
  if (mailIds.length)
    await payload.delete({
      collection: collectionSlugs.mailMessages,
      where: { id: { in: mailIds } },
    })
  const counts = { submissions: ids.length, mails: mailIds.length }
  await record(payload, 'erase', user, counts)
  return counts
}
