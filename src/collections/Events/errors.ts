import { APIError, type Config } from 'payload'

import { type EventDeletionRefusal, eventMessages } from '@/messages/events'

/** Refusal to delete an event that still has someone to tell (public, so it reaches the admin). */
export class EventNotDeletable extends APIError {
  constructor(refusal: EventDeletionRefusal) {
    super(eventMessages.notDeletable(refusal), 409, undefined, true)
    // Named by hand: the production build shortens class names, and the log level goes by name.
    this.name = 'EventNotDeletable'
  }
}

/** A refused deletion is the rule at work, not a fault: logged as information, without stack. */
export const eventRefusalLogLevels = {
  EventNotDeletable: 'info',
} as NonNullable<Config['loggingLevels']>
