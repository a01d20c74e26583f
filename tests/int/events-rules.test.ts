import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
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

  it('refuses programme times outside the event', async () => {
    const data = {
      ...base('programm-ausserhalb'),
      programme: [{ startTime: '16:30', title: 'Zu früh' }],
    }
    expect(
      await messageOf(payload.create({ collection: 'events', data, context: noRevalidate })),
    ).toContain('Programmpunkt „Zu früh“ beginnt um 16:30 Uhr')
  })

  it('refuses a malformed programme time', async () => {
    const data = {
      ...base('programm-format'),
      programme: [{ startTime: '5 Uhr', title: 'Unklar' }],
    }
    expect(
      await messageOf(payload.create({ collection: 'events', data, context: noRevalidate })),
    ).toContain('Bitte die Beginnzeit als SS:MM angeben')
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
