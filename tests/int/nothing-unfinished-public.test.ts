import type { Payload } from 'payload'
import { createElement } from 'react'
import { beforeAll, describe, expect, it } from 'vitest'

import { EventView } from '@/components/views/EventView'
import { PageView } from '@/components/views/PageView'
import { findEvent, findPage, getSiteSettings, listPublicPartners } from '@/lib/content'
import { buildMetadata } from '@/lib/metadata'
import { pageAsShown } from '@/lib/startPage'
import type { Event, Form, Page } from '@/payload-types'
import { seed } from '@/seed'

import { noRevalidate } from '../helpers/context'
import { createEvent } from '../helpers/forms'
import { testPayload } from '../helpers/payload'
import { renderHtml } from '../helpers/render'

let payload: Payload
let registrationForm: Form

const textOf = (html: string) =>
  html
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')

const renderPage = async (page: Page) => {
  const [settings, partners] = await Promise.all([getSiteSettings(), listPublicPartners()])
  return renderHtml(createElement(PageView, { page, settings, partners }))
}

const startPageNow = async () => {
  const home = (await findPage('home'))!
  return pageAsShown(home, await getSiteSettings())
}

const blocksOf = (page: Page, type: string) =>
  (page.layout ?? []).filter((block) => block.blockType === type)

const heroLinks = (page: Page) =>
  (page.layout ?? []).flatMap((block) => (block.blockType === 'hero' ? (block.links ?? []) : []))

const eventIdOf = (value: unknown) => (value as Event | undefined)?.id

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoAccounts: false, log: () => {} })
  registrationForm = (
    await payload.find({ collection: 'forms', where: { kind: { equals: 'registration' } } })
  ).docs[0]!
})

describe('placeholders on the public site', () => {
  it('leaves the Impressum’s missing fields out and keeps the rest', async () => {
    const html = await renderPage((await findPage('impressum'))!)
    expect(html).not.toMatch(/bitte ergänzen/i)
    const text = textOf(html)
    expect(text).toContain('Herausgeber Landkreis Ostprignitz-Ruppin')
    expect(text).not.toContain('Vertreten durch')
    expect(text).toContain('E-Mail: Demokratie@opr.de')
  })

  it('shows the privacy text without the missing part, and without a section left empty', async () => {
    const text = textOf(await renderPage((await findPage('datenschutz'))!))
    expect(text).not.toMatch(/bitte ergänzen/i)
    expect(text).not.toContain('Datenschutzbeauftragte Person')
    expect(text).toContain('über den wir Bestätigungen versenden. Eine Übermittlung in Drittländer')
    expect(text).toContain('Verantwortliche Stelle')
  })

  it('keeps the accessibility statement’s method sentence without the missing result', async () => {
    const text = textOf(await renderPage((await findPage('barrierefreiheit'))!))
    expect(text).not.toMatch(/bitte ergänzen/i)
    expect(text).toContain('ergänzt um Prüfungen mit Tastatur und Bildschirmleser.')
  })

  it('keeps markers out of page metadata and an event’s JSON-LD', async () => {
    const page = (await findPage('impressum'))!
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: { meta: { description: 'Angaben zum Anbieter. [bitte ergänzen: Kurzbeschreibung]' } },
      context: noRevalidate,
    })
    const kickoff = (await findEvent('auftaktkonferenz-buendnis-fuer-opr'))!
    await payload.update({
      collection: 'events',
      id: kickoff.id,
      data: { summary: 'Auftakt im Kreistag. [bitte ergänzen: Anfahrt]' },
      context: noRevalidate,
    })
    const settings = await getSiteSettings()
    const fresh = (await findPage('impressum'))!
    const metadata = buildMetadata({
      title: fresh.title,
      description: fresh.meta?.description,
      path: '/impressum',
      settings,
    })
    expect(JSON.stringify(metadata)).not.toMatch(/bitte ergänzen/i)
    expect(metadata.description).toBe('Angaben zum Anbieter.')

    const event = (await findEvent('auftaktkonferenz-buendnis-fuer-opr'))!
    const html = await renderHtml(
      createElement(EventView, { event, settings, serverUrl: 'https://demokratie.opr.example' }),
    )
    expect(html).not.toMatch(/bitte ergänzen/i)
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1])
    expect(jsonLd.description).toBe('Auftakt im Kreistag.')
  })
})

describe('the start page’s featured event', () => {
  it('drops the past kick-off, its registration and both buttons while no event lies ahead', async () => {
    // The seed's example event lies ahead but never takes the start page.
    const page = await startPageNow()
    expect(blocksOf(page, 'eventDetails')).toEqual([])
    expect(blocksOf(page, 'registrationForm')).toEqual([])
    expect(heroLinks(page)).toEqual([])
    expect(textOf(await renderPage(page))).not.toContain('bereits stattgefunden')
  })

  it('shows the next event, and "Zur Anmeldung" only while it takes registrations', async () => {
    const closed = await createEvent(payload, registrationForm, { startsInDays: 20, isOpen: false })
    let page = await startPageNow()
    expect(eventIdOf((blocksOf(page, 'eventDetails')[0] as { event: unknown }).event)).toBe(
      closed.id,
    )
    expect(blocksOf(page, 'registrationForm')).toEqual([])
    expect(heroLinks(page).map((link) => link.label)).toEqual(['Zur Veranstaltung'])

    await payload.update({
      collection: 'events',
      id: closed.id,
      data: { registration: { isOpen: true } },
      context: noRevalidate,
    })
    page = await startPageNow()
    const [form] = blocksOf(page, 'registrationForm') as { event: unknown }[]
    expect(eventIdOf(form.event)).toBe(closed.id)
    expect(heroLinks(page).map((link) => link.label)).toEqual([
      'Zur Veranstaltung',
      'Zur Anmeldung',
    ])
    expect(eventIdOf(heroLinks(page)[0].reference?.value)).toBe(closed.id)
    const html = await renderPage(page)
    expect(html).toContain('href="/#anmeldung"')
    expect(html).toContain('id="anmeldung"')
    expect(textOf(html)).toContain(closed.title)
    expect(textOf(html)).not.toContain('bereits stattgefunden')
  })

  it('keeps the past event when the editor chose so, but never invites to register for it', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { startPage: { followNextEvent: false } },
      context: noRevalidate,
    })
    const page = await startPageNow()
    const kickoff = (await findEvent('auftaktkonferenz-buendnis-fuer-opr'))!
    expect(eventIdOf((blocksOf(page, 'eventDetails')[0] as { event: unknown }).event)).toBe(
      kickoff.id,
    )
    expect(heroLinks(page).map((link) => link.label)).toEqual(['Zur Veranstaltung'])
    expect(await renderPage(page)).not.toContain('href="/#anmeldung"')
  })
})
