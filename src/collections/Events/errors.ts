import { APIError, type Config } from 'payload'

import { eventMessages } from '@/messages/events'

/** Refusal to delete an event whose registrations are still active (public, so it reaches the admin). */
export class EventHasRegistrations extends APIError {
  constructor(active: number) {
    super(eventMessages.deleteWithRegistrations(active), 409, undefined, true)
  }
}

/** A refused deletion is the rule at work, not a fault: logged as information, without stack. */
export const eventRefusalLogLevels = {
  EventHasRegistrations: 'info',
} as NonNullable<Config['loggingLevels']>
