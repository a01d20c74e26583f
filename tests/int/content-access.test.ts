import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createApiClient } from '../helpers/api'
import { noRevalidate } from '../helpers/context'
import { testPayload } from '../helpers/payload'
import { createStaff } from '../helpers/users'

let payload: Payload
let api: Awaited<ReturnType<typeof createApiClient>>
let editorToken: string

const event = (slug: string, status: 'draft' | 'published') => ({
  title: `Veranstaltung ${slug}`,
  slug,
  eventStatus: 'planned' as const,
  start: '2030-05-02T15:00:00.000Z',
  end: '2030-05-02T17:00:00.000Z',
  start_tz: 'Europe/Berlin' as const,
  end_tz: 'Europe/Berlin' as const,
  venue: { name: 'Rathaus' },
  _status: status,
})

beforeAll(async () => {
  payload = await testPayload()
  api = await createApiClient()
  await createStaff(payload, 'admin')
  editorToken = (await createStaff(payload, 'editor')).token
  await payload.create({
    collection: 'events',
    data: event('oeffentlich', 'published'),
    context: noRevalidate,
  })
  await payload.create({
    collection: 'events',
    data: event('entwurf', 'draft'),
    context: noRevalidate,
  })
  await payload.create({
    collection: 'pages',
    data: { title: 'Entwurfsseite', slug: 'entwurfsseite', _status: 'draft' },
    context: noRevalidate,
  })
  await payload.create({
    collection: 'partners',
    data: {
      name: 'Verein Sichtbar',
      slug: 'sichtbar',
      category: 'civil-society',
      isPublic: true,
      internalContact: { name: 'Erika Intern', email: 'erika@test.example', phone: '0123' },
    },
    context: noRevalidate,
  })
  await payload.create({
    collection: 'partners',
    data: {
      name: 'Verein Verborgen',
      slug: 'verborgen',
      category: 'civil-society',
      isPublic: false,
    },
    context: noRevalidate,
  })
})

describe('what anonymous visitors can read', () => {
  it('sees published events only', async () => {
    const rest = await api.request('GET', '/events?limit=50')
    const slugs = (rest.json.docs as { slug: string }[]).map((d) => d.slug)
    expect(slugs).toContain('oeffentlich')
    expect(slugs).not.toContain('entwurf')

    const drafts = await api.request('GET', '/events?draft=true&limit=50')
    expect(JSON.stringify(drafts.json)).not.toContain('entwurf')
  })

  it('never sees draft pages', async () => {
    const rest = await api.request('GET', '/pages?draft=true')
    expect(JSON.stringify(rest.json)).not.toContain('Entwurfsseite')
  })

  it('sees only partners that agreed to be named, and never their internal contact', async () => {
    const rest = await api.request('GET', '/partners')
    const text = JSON.stringify(rest.json)
    expect(text).toContain('Verein Sichtbar')
    expect(text).not.toContain('Verein Verborgen')
    expect(text).not.toContain('Erika Intern')
  })

  it('cannot create or change content', async () => {
    const created = await api.request('POST', '/pages', { body: { title: 'Fremd', slug: 'fremd' } })
    expect(created.status).toBe(403)
    const { totalDocs } = await payload.count({
      collection: 'pages',
      where: { slug: { equals: 'fremd' } },
    })
    expect(totalDocs).toBe(0)
  })
})

describe('what staff can read', () => {
  it('lets editors see drafts and internal partner contacts', async () => {
    const drafts = await api.request('GET', '/events?draft=true&limit=50', { token: editorToken })
    expect(JSON.stringify(drafts.json)).toContain('entwurf')
    const partners = await api.request('GET', '/partners', { token: editorToken })
    expect(JSON.stringify(partners.json)).toContain('Erika Intern')
    expect(JSON.stringify(partners.json)).toContain('Verein Verborgen')
  })
})
