import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { createElement } from 'react'
import { beforeAll, describe, expect, it } from 'vitest'

import { EventView } from '@/components/views/EventView'
import { PageView } from '@/components/views/PageView'
import { PartnerListView } from '@/components/views/PartnerListView'
import { findEvent, findPage, getSiteSettings, listPublicPartners } from '@/lib/content'
import { seed } from '@/seed'

import { testPayload } from '../helpers/payload'
import { renderHtml } from '../helpers/render'

let payload: Payload
const quiet = () => {}
const counts = async () =>
  Promise.all(
    (['pages', 'events', 'partners', 'users'] as const).map(
      async (collection) => (await payload.count({ collection })).totalDocs,
    ),
  )

const textOf = (html: string) =>
  html
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoAccounts: true, log: quiet, now: new Date('2026-11-25T10:00:00Z') })
})

describe('the seed', () => {
  it('is idempotent: a second run creates nothing', async () => {
    const before = await counts()
    await seed(payload, { demoAccounts: true, log: quiet })
    expect(await counts()).toEqual(before)
  })

  it('creates the kick-off on Thursday 20 February 2025 and an example event in the future', async () => {
    const kickoff = await findEvent('auftaktkonferenz-buendnis-fuer-opr')
    expect(kickoff?.dateLine).toBe('Donnerstag, 20. Februar 2025, 17:00–19:30 Uhr')
    const example = await findEvent('beispielveranstaltung-netzwerktreffen')
    expect(example?.isExample).toBe(true)
    expect(example?.title).toContain('Beispielveranstaltung')
    expect(new Date(example!.start).getTime()).toBeGreaterThan(new Date('2026-11-25').getTime())
  })
})

describe('the public site renders the seeded invitation', () => {
  it('shows the letter, the date line and the programme on the home page', async () => {
    const [page, settings, partners] = await Promise.all([
      findPage('home'),
      getSiteSettings(),
      listPublicPartners(),
    ])
    const html = await renderHtml(createElement(PageView, { page: page!, settings, partners }))
    const text = textOf(html)
    expect(text).toContain('Sehr geehrte Damen und Herren, liebe Freund:innen der Demokratie,')
    expect(text).toContain('Demokratie fördern – Vielfalt gestalten – Extremismus vorbeugen')
    expect(text).toContain('Donnerstag, 20. Februar 2025, 17:00–19:30 Uhr')
    expect(text).toContain('gez. Julica Norouzi')
    expect(text).toContain('Demokratie@opr.de')
    expect(html.match(/<h1/g)).toHaveLength(1)
  })

  it('shows the event page with programme, calendar link and schema.org data', async () => {
    const [event, settings] = await Promise.all([
      findEvent('auftaktkonferenz-buendnis-fuer-opr'),
      getSiteSettings(),
    ])
    const html = await renderHtml(
      createElement(EventView, {
        event: event!,
        settings,
        serverUrl: 'https://demokratie.opr.example',
      }),
    )
    expect(textOf(html)).toContain('Ankommen und Begrüßung')
    expect(html).toContain('/veranstaltungen/auftaktkonferenz-buendnis-fuer-opr/kalender.ics')
    expect(textOf(html)).toContain('In den Kalender')
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1])
    expect(jsonLd).toMatchObject({ '@type': 'Event', startDate: '2025-02-20T16:00:00.000Z' })
  })

  it('lists the public partner organisations by category', async () => {
    const html = await renderHtml(
      createElement(PartnerListView, { partners: await listPublicPartners() }),
    )
    expect(textOf(html)).toContain('Verwaltung')
    expect(textOf(html)).toContain('Partnerschaft für Demokratie Ostprignitz-Ruppin')
  })

  it('serves the event as an RFC 5545 calendar file that parses back', async () => {
    const { GET } = await import('@/app/(frontend)/veranstaltungen/[slug]/kalender.ics/route')
    const response = await GET(new Request('http://localhost/x'), {
      params: Promise.resolve({ slug: 'auftaktkonferenz-buendnis-fuer-opr' }),
    })
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const vevent = new ICAL.Component(ICAL.parse(await response.text())).getFirstSubcomponent(
      'vevent',
    )!
    const parsed = new ICAL.Event(vevent)
    expect(parsed.summary).toBe('Auftaktkonferenz „Bündnis für OPR“')
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2025-02-20T16:00:00.000Z')
    expect(parsed.location).toContain('Virchowstr. 14-16, 16816 Neuruppin')
  })

  it('answers an unknown event with a German 404', async () => {
    const { GET } = await import('@/app/(frontend)/veranstaltungen/[slug]/kalender.ics/route')
    const response = await GET(new Request('http://localhost/x'), {
      params: Promise.resolve({ slug: 'gibt-es-nicht' }),
    })
    expect(response.status).toBe(404)
    expect(await response.text()).toBe('Diese Veranstaltung gibt es nicht.')
  })
})
