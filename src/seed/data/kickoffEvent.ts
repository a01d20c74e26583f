import type { RequiredDataFromCollectionSlug } from 'payload'

/**
 * The kick-off conference of the letter. The letter printed "Donnerstag, 20.02.2024", but
 * 20.02.2024 was a Tuesday: it is Thursday 20.02.2025, 17:00–19:30 Berlin time (CET, UTC+1).
 * The letter names no programme items; these follow its text and are for the office to refine.
 */
export const kickoffEventData = (
  registrationFormId?: number,
): RequiredDataFromCollectionSlug<'events'> => ({
  title: 'Auftaktkonferenz „Bündnis für OPR“',
  slug: 'auftaktkonferenz-buendnis-fuer-opr',
  _status: 'published',
  eventStatus: 'planned',
  start_tz: 'Europe/Berlin',
  end_tz: 'Europe/Berlin',
  start: '2025-02-20T16:00:00.000Z',
  end: '2025-02-20T18:30:00.000Z',
  venue: {
    name: 'Kreisverwaltung Ostprignitz-Ruppin',
    room: 'Sitzungssaal',
    street: 'Virchowstr. 14-16',
    postalCode: '16816',
    city: 'Neuruppin',
  },
  summary:
    'Ab 2025 geht die Partnerschaft für Demokratie des Landkreises OPR in eine neue Förderperiode. Zum Auftakt laden wir Sie ein, Kooperationspartner:in im „Bündnis für OPR“ zu werden.',
  programme: [
    { startTime: '17:00', endTime: '17:20', title: 'Ankommen und Begrüßung' },
    {
      startTime: '17:20',
      endTime: '18:00',
      title: 'Die Partnerschaft für Demokratie OPR in der neuen Förderperiode',
      description: 'Ziele, Förderung und Beteiligungsmöglichkeiten ab 2025.',
    },
    {
      startTime: '18:00',
      endTime: '19:15',
      title: 'Austausch: Das „Bündnis für OPR“ gemeinsam gestalten',
      description: 'Demokratie fördern – Vielfalt gestalten – Extremismus vorbeugen.',
    },
    { startTime: '19:15', endTime: '19:30', title: 'Ausblick und Verabschiedung' },
  ],
  registration: { isOpen: true, capacity: 80, form: registrationFormId },
  contact: { useOffice: true },
})
