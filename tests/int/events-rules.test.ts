import { type Payload, type RequiredDataFromCollectionSlug, ValidationError } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { noRevalidate } from '../helpers/context'
import { testPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

const base = (slug: string): RequiredDataFromCollectionSlug<'events'> => ({
  title: `Test ${slug}`,
  slug,
  eventStatus: 'planned',
  start: '2025-02-20T16:00:00.000Z',
  end: '2025-02-20T18:30:00.000Z',
  start_tz: 'Europe/Berlin',
  end_tz: 'Europe/Berlin',
  venue: { name: 'Kreisverwaltung', city: 'Neuruppin' },
  _status: 'published',
})

/** The field errors of a refused save, as the admin and the REST API receive them. */
const fieldErrorsOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof ValidationError)) throw new Error(`kein Feldfehler: ${String(error)}`)
  return error.data.errors.map(({ path, message }) => ({ path, message }))
}

const messageOf = async (promise: Promise<unknown>) =>
  JSON.stringify(await promise.then(() => 'kein Fehler').catch((e) => e))

describe('event validation', () => {
  it('derives the German date line with the right weekday from the timestamps', async () => {
    const event = await payload.create({
      collection: 'events',
      data: base('wochentag'),
      context: noRevalidate,
    })
    expect(event.dateLine).toBe('Donnerstag, 20. Februar 2025, 17:00–19:30 Uhr')
  })

  it('refuses an end before the start with a German message and stores nothing', async () => {
    const data = { ...base('ende-vor-beginn'), end: '2025-02-20T15:00:00.000Z' }
    expect(
      await messageOf(payload.create({ collection: 'events', data, context: noRevalidate })),
    ).toContain('Das Ende muss nach dem Beginn liegen.')
    const { totalDocs } = await payload.count({
      collection: 'events',
      where: { slug: { equals: 'ende-vor-beginn' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('marks the programme item whose start lies after the event, with the rule in German', async () => {
    const data = {
      ...base('programm-zu-spaet'),
      programme: [
        { startTime: '17:00', title: 'Begrüßung' },
        { startTime: '21:00', title: 'Zu spät' },
      ],
    }
    expect(
      await fieldErrorsOf(payload.create({ collection: 'events', data, context: noRevalidate })),
    ).toEqual([
      {
        path: 'programme.1.startTime',
        message: 'Beginn 21:00 Uhr liegt nach dem Ende der Veranstaltung (19:30 Uhr).',
      },
    ])
  })

  it('marks a start before the event and an end after it, each at its own field', async () => {
    const data = {
      ...base('programm-ausserhalb'),
      programme: [
        { startTime: '16:30', title: 'Zu früh' },
        { startTime: '19:00', endTime: '20:00', title: 'Zu lang' },
        { startTime: '18:00', endTime: '17:45', title: 'Verdreht' },
      ],
    }
    expect(
      await fieldErrorsOf(payload.create({ collection: 'events', data, context: noRevalidate })),
    ).toEqual([
      {
        path: 'programme.0.startTime',
        message: 'Beginn 16:30 Uhr liegt vor dem Beginn der Veranstaltung (17:00 Uhr).',
      },
      {
        path: 'programme.1.endTime',
        message: 'Ende 20:00 Uhr liegt nach dem Ende der Veranstaltung (19:30 Uhr).',
      },
      {
        path: 'programme.2.endTime',
        message: 'Ende 17:45 Uhr liegt nicht nach dem Beginn des Programmpunkts (18:00 Uhr).',
      },
    ])
  })

  it('checks a programme item against the stored event times on a partial update', async () => {
    const event = await payload.create({
      collection: 'events',
      data: base('programm-nachtrag'),
      context: noRevalidate,
    })
    const update = payload.update({
      collection: 'events',
      id: event.id,
      data: { programme: [{ startTime: '20:15', title: 'Nachtrag' }] },
      context: noRevalidate,
    })
    expect(await fieldErrorsOf(update)).toEqual([
      {
        path: 'programme.0.startTime',
        message: 'Beginn 20:15 Uhr liegt nach dem Ende der Veranstaltung (19:30 Uhr).',
      },
    ])
  })

  it('refuses a malformed programme time at the field', async () => {
    const data = {
      ...base('programm-format'),
      programme: [{ startTime: '5 Uhr', title: 'Unklar' }],
    }
    expect(
      await fieldErrorsOf(payload.create({ collection: 'events', data, context: noRevalidate })),
    ).toEqual([
      {
        path: 'programme.0.startTime',
        message: 'Bitte die Beginnzeit als SS:MM angeben, z. B. 17:30.',
      },
    ])
  })

  it('refuses a registration deadline after the start', async () => {
    const data = {
      ...base('anmeldeschluss'),
      registration: { deadline: '2025-02-21T10:00:00.000Z' },
    }
    expect(
      await messageOf(payload.create({ collection: 'events', data, context: noRevalidate })),
    ).toContain('Der Anmeldeschluss muss vor dem Beginn der Veranstaltung liegen.')
  })

  it('accepts a programme inside the event', async () => {
    const data = {
      ...base('programm-ok'),
      programme: [
        { startTime: '17:00', endTime: '17:30', title: 'Begrüßung' },
        { startTime: '19:00', endTime: '19:30', title: 'Abschluss' },
      ],
    }
    const event = await payload.create({ collection: 'events', data, context: noRevalidate })
    expect(event.programme).toHaveLength(2)
  })

  it('raises the calendar sequence when the time changes, not when the summary does', async () => {
    const event = await payload.create({
      collection: 'events',
      data: base('sequenz'),
      context: noRevalidate,
    })
    const retitled = await payload.update({
      collection: 'events',
      id: event.id,
      data: { summary: 'Neuer Text' },
      context: noRevalidate,
    })
    expect(retitled.calendarSequence).toBe(0)
    const moved = await payload.update({
      collection: 'events',
      id: event.id,
      data: { start: '2025-02-20T16:30:00.000Z' },
      context: noRevalidate,
    })
    expect(moved.calendarSequence).toBe(1)
  })
})
