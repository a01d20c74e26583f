import { APIError } from 'payload'

import { type EventDeletionRefusal, eventMessages } from '@/messages/events'

/**
 * Refusal to delete an event that still has someone to tell: public, so its message reaches the
 * admin; logged as one line of information, as every refusal (src/lib/refusalLogging.ts).
 */
export class EventNotDeletable extends APIError {
  constructor(refusal: EventDeletionRefusal) {
    super(eventMessages.notDeletable(refusal), 409, undefined, true)
  }
}
