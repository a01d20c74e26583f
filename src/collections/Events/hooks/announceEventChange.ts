import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { collectionSlugs } from '@/config/slugs'
import type { EventFactsForNotice } from '@/domain/eventChanges'
import type { Event } from '@/payload-types'
import { recordEventChange } from '@/registration/eventChangeNotice'
import { takeRegistrantNoticeDecision } from '../registrantNotice'

const factsOf = (event: Event): EventFactsForNotice => ({
  start: event.start,
  end: event.end,
  venue: event.venue,
  onlineUrl: event.onlineUrl,
  eventStatus: event.eventStatus,
})

/**
 * Before a published save: keeps the decision of the dialog and the facts as the public knew
 * them. Those are the last *published* version (the main row; drafts live only in versions),
 * not the last draft: registered people never saw a draft.
 */
export const rememberPublishedFacts: CollectionBeforeChangeHook<Event> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const { decision, text } = takeRegistrantNoticeDecision(data as Record<string, unknown>)
  if (operation !== 'update' || !originalDoc) return data
  if ((data._status ?? originalDoc._status) !== 'published') return data
  const published = await req.payload.findByID({
    collection: collectionSlugs.events,
    id: originalDoc.id,
    draft: false,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  if (published?._status !== 'published') return data
  req.context.eventSaves = {
    ...req.context.eventSaves,
    [originalDoc.id]: { published: factsOf(published), decision, text },
  }
  return data
}

/** After a published save: records (and, if chosen, sends) the notice to the registered people. */
export const announceEventChange: CollectionAfterChangeHook<Event> = async ({
  doc,
  operation,
  req,
}) => {
  const pending = req.context.eventSaves?.[doc.id]
  if (operation !== 'update' || !pending) return doc
  delete req.context.eventSaves![doc.id]
  if (doc._status !== 'published') return doc
  await recordEventChange(req, { event: doc, ...pending })
  return doc
}
