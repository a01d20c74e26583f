import type { TaskConfig } from 'payload'

import { cancelRegistrationsOfEvent } from '@/registration/cancelForEvent'

/** After "abgesagt": every open registration of the event becomes "storniert (Veranstaltung abgesagt)". */
export const cancelEventRegistrationsTask: TaskConfig<'cancelEventRegistrations'> = {
  slug: 'cancelEventRegistrations',
  label: 'Anmeldungen einer abgesagten Veranstaltung stornieren',
  inputSchema: [{ name: 'eventId', type: 'number', required: true }],
  outputSchema: [{ name: 'cancelled', type: 'number' }],
  retries: 3,
  handler: async ({ input, req }) => ({
    output: { cancelled: await cancelRegistrationsOfEvent(req.payload, input.eventId) },
  }),
}
