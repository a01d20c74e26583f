import type { Payload, Where } from 'payload'

import { collectionSlugs, globalSlugs } from '@/config/slugs'
import { inputFields } from '@/domain/forms/definition'
import { retentionCutoffs } from '@/domain/retention'
import type { Form } from '@/payload-types'
import { personalDataCleared } from '@/privacy/personalData'

const context = { disableMail: true, actor: 'Löschfrist (automatisch)' }

const endedEventIds = async (payload: Payload, before: Date) => {
  const { docs } = await payload.find({
    collection: collectionSlugs.events,
    where: { end: { less_than: before.toISOString() } },
    select: {},
    limit: 0,
    pagination: false,
    depth: 0,
  })
  return docs.map((event) => event.id)
}

const anonymise = async (payload: Payload, where: Where) => {
  const scope: Where = { and: [where, { anonymisedAt: { exists: false } }] }
  const { docs } = await payload.find({
    collection: collectionSlugs.formSubmissions,
    where: scope,
    select: {},
    pagination: false,
    depth: 0,
  })
  if (!docs.length) return 0
  const { docs: emptied, errors } = await payload.update({
    collection: collectionSlugs.formSubmissions,
    where: { id: { in: docs.map((doc) => doc.id) } },
    data: { ...personalDataCleared, anonymisedAt: new Date().toISOString() },
    context,
  })
  // A bulk update reports failures instead of throwing; none may pass unnoticed.
  for (const { id, message } of errors)
    payload.logger.error(`Löschfrist: Einsendung ${id} nicht geleert: ${message}`)
  const ids = emptied.map((doc) => doc.id)
  if (!ids.length) return 0
  // The outbox holds addresses too.
  await payload.delete({
    collection: collectionSlugs.mailMessages,
    where: { submission: { in: ids } },
  })
  return ids.length
}

/** Support needs go first: the column and the matching answers, whatever the field was named. */
const removeSupportNeeds = async (payload: Payload, eventIds: number[]) => {
  if (!eventIds.length) return 0
  const { docs } = await payload.find({
    collection: collectionSlugs.formSubmissions,
    where: {
      and: [
        { event: { in: eventIds } },
        { or: [{ supportNeeds: { exists: true } }, { supportNeeds: { not_equals: null } }] },
        { anonymisedAt: { exists: false } },
      ],
    },
    pagination: false,
    depth: 1,
  })
  let removed = 0
  for (const doc of docs) {
    if (!doc.supportNeeds) continue
    const form = doc.form as Form
    const supportFieldNames = new Set(
      inputFields(form?.fields)
        .filter((field) => 'column' in field && field.column === 'supportNeeds')
        .map((field) => field.name),
    )
    await payload.update({
      collection: collectionSlugs.formSubmissions,
      id: doc.id,
      data: {
        supportNeeds: null,
        submissionData: (doc.submissionData ?? []).filter((a) => !supportFieldNames.has(a.field)),
      },
      context,
    })
    removed++
  }
  return removed
}

export type RetentionReport = {
  registrations: number
  supportNeeds: number
  contactMessages: number
  partnerships: number
  expiredCounters: number
}

/** Applies the retention periods from the site settings. Running it twice changes nothing more. */
export const applyRetention = async (
  payload: Payload,
  now = new Date(),
): Promise<RetentionReport> => {
  const settings = await payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 0 })
  const cutoffs = retentionCutoffs(settings.retention ?? {}, now)
  const registrationEvents = await endedEventIds(payload, cutoffs.registrationsOfEventsEndedBefore)
  const report: RetentionReport = {
    supportNeeds: await removeSupportNeeds(
      payload,
      await endedEventIds(payload, cutoffs.supportNeedsOfEventsEndedBefore),
    ),
    registrations:
      (registrationEvents.length
        ? await anonymise(payload, {
            and: [{ kind: { equals: 'registration' } }, { event: { in: registrationEvents } }],
          })
        : 0) +
      // A deleted event leaves its registrations without one: they go after the same period,
      // counted from their arrival (the event cannot have been earlier than that).
      (await anonymise(payload, {
        and: [
          { kind: { equals: 'registration' } },
          { event: { exists: false } },
          { createdAt: { less_than: cutoffs.registrationsOfEventsEndedBefore.toISOString() } },
        ],
      })),
    contactMessages: await anonymise(payload, {
      and: [
        // barrier reports are messages too: kept as long, then emptied
        { kind: { in: ['contact', 'barrier'] } },
        { createdAt: { less_than: cutoffs.contactMessagesCreatedBefore.toISOString() } },
      ],
    }),
    partnerships: await anonymise(payload, {
      and: [
        { kind: { equals: 'partnership' } },
        { createdAt: { less_than: cutoffs.partnershipsCreatedBefore.toISOString() } },
      ],
    }),
    expiredCounters: (
      await payload.delete({
        collection: collectionSlugs.rateLimitBuckets,
        where: { expiresAt: { less_than: now.toISOString() } },
      })
    ).docs.length,
  }
  return report
}
