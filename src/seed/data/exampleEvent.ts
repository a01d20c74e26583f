import type { RequiredDataFromCollectionSlug } from 'payload'

import { berlinDateKey, berlinWallTimeToDate } from '@/domain/dates'

const day = 24 * 60 * 60 * 1000

/** The first Thursday at least eight weeks after `now`, so the example always lies ahead. */
const exampleDate = (now: Date) => {
  const date = new Date(now.getTime() + 56 * day)
  while (new Date(`${berlinDateKey(date)}T12:00:00Z`).getUTCDay() !== 4)
    date.setTime(date.getTime() + day)
  return berlinDateKey(date)
}

/** Clearly marked example data, so the registration flow can be tried on a fresh installation. */
export const exampleEventData = (
  now = new Date(),
  registrationFormId?: number,
): RequiredDataFromCollectionSlug<'events'> => {
  const date = exampleDate(now)
  const deadline = new Date(berlinWallTimeToDate(date, '17:00').getTime() - 3 * day)
  return {
    title: 'Beispielveranstaltung: Netzwerktreffen „Bündnis für OPR“',
    slug: 'beispielveranstaltung-netzwerktreffen',
    isExample: true,
    _status: 'published',
    eventStatus: 'planned',
    start_tz: 'Europe/Berlin',
    end_tz: 'Europe/Berlin',
    start: berlinWallTimeToDate(date, '17:00').toISOString(),
    end: berlinWallTimeToDate(date, '19:30').toISOString(),
    venue: {
      name: 'Kreisverwaltung Ostprignitz-Ruppin',
      room: 'Sitzungssaal',
      street: 'Virchowstr. 14-16',
      postalCode: '16816',
      city: 'Neuruppin',
    },
    summary:
      'Beispieldaten zum Ausprobieren der Anmeldung. Diese Veranstaltung findet nicht statt und sollte vor dem Start der Website gelöscht werden.',
    programme: [
      { startTime: '17:00', endTime: '17:15', title: 'Begrüßung' },
      { startTime: '17:15', endTime: '19:00', title: 'Austausch in Arbeitsgruppen' },
      { startTime: '19:00', endTime: '19:30', title: 'Ergebnisse und Ausblick' },
    ],
    registration: {
      isOpen: true,
      capacity: 30,
      deadline: deadline.toISOString(),
      form: registrationFormId,
    },
    contact: { useOffice: true },
  }
}
