/**
 * Cache headers of the production build, both ways: public pages may be kept briefly by a proxy;
 * everything with personal data, tokens or staff sessions never. And the cached pages follow the
 * seats: a registration rebuilds the page that shows the count.
 */
import { describe, expect, inject, it } from 'vitest'

import { publicCacheControl } from '@/config/securityHeaders'
import { createPublishedEvent, registerOverRest, staffApi } from './support/api'

const baseUrl = () => inject('baseUrl')
const get = (path: string, init?: RequestInit) =>
  fetch(`${baseUrl()}${path}`, { redirect: 'manual', ...init })

describe('Cache-Control', () => {
  it.each([
    '/',
    '/barriere-melden',
    '/veranstaltungen',
    '/veranstaltungen/beispielveranstaltung-netzwerktreffen',
    '/partner',
  ])('public page %s: a proxy may keep it for seconds', async (path) => {
    const first = await get(path)
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe(publicCacheControl)
    // the second visitor gets the HTML from Next.js' cache, not a new render
    const second = await get(path)
    expect(second.headers.get('cache-control')).toBe(publicCacheControl)
    expect(second.headers.get('x-nextjs-cache')).toMatch(/HIT|STALE/)
    // no hash of the whole page per request (next.config.ts, `generateEtags`)
    expect(second.headers.get('etag')).toBeNull()
  })

  it.each([
    '/admin/login',
    '/api/events?limit=1',
    '/api/users/me',
    '/anmeldung/abmelden?token=x',
    '/anmeldung/zu-viele-anfragen',
    '/anmeldung/formular-token?formular=1',
    '/einwilligung/widerrufen?token=x',
    '/next/preview?path=/',
    '/next/exit-preview',
  ])('personal or staff route %s: never stored', async (path) => {
    const cacheControl = (await get(path)).headers.get('cache-control') ?? ''
    expect(cacheControl).toContain('private')
    expect(cacheControl).toContain('no-store')
  })

  it('a form post to a public page is never public', async () => {
    const posted = await get('/', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: '--x--\r\n',
    })
    expect(posted.headers.get('cache-control') ?? '').not.toContain('public')
  })

  it('draft mode shows staff the unpublished change, per request and never stored', async () => {
    const event = await createPublishedEvent({
      title: 'Zwischenspeicher Entwurf',
      slug: 'zwischenspeicher-entwurf',
      capacity: null,
    })
    const path = `/veranstaltungen/${event.slug}`
    const editor = await staffApi('editor')
    const published = await editor.call('PATCH', `/events/${event.id}`, {
      summary: 'Veröffentlichte Fassung',
      _status: 'published',
    })
    expect(published.status).toBe(200)
    const draftSaved = await editor.call('PATCH', `/events/${event.id}?draft=true`, {
      summary: 'Unveröffentlichter Entwurf',
      _status: 'draft',
    })
    expect(draftSaved.status).toBe(200)

    // Anonymous visitors, twice (the second from the cache): the published text, publicly cacheable.
    for (let visit = 0; visit < 2; visit++) {
      const anonymous = await get(path)
      expect(anonymous.status).toBe(200)
      expect(anonymous.headers.get('cache-control')).toBe(publicCacheControl)
      const html = await anonymous.text()
      expect(html).toContain('Veröffentlichte Fassung')
      expect(html).not.toContain('Unveröffentlichter Entwurf')
    }

    const login = await get('/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: editor.account.email, password: editor.account.password }),
    })
    const staff = { authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const preview = await get(`/next/preview?path=${encodeURIComponent(path)}`, { headers: staff })
    const bypass = preview.headers
      .getSetCookie()
      .map((cookie) => cookie.split(';')[0]!)
      .find((cookie) => cookie.startsWith('__prerender_bypass='))
    expect(bypass).toBeDefined()
    // The preview session (staff login and draft-mode cookie): the draft, twice, never stored.
    for (let visit = 0; visit < 2; visit++) {
      const draft = await get(path, { headers: { ...staff, cookie: bypass! } })
      expect(draft.status).toBe(200)
      expect(draft.headers.get('cache-control')).toContain('private')
      expect(draft.headers.get('cache-control')).toContain('no-store')
      const html = await draft.text()
      expect(html).toContain('Unveröffentlichter Entwurf')
      expect(html).not.toContain('Veröffentlichte Fassung')
    }
    // The draft-mode cookie alone (no staff login) shows nothing unpublished.
    const cookieOnly = await (await get(path, { headers: { cookie: bypass! } })).text()
    expect(cookieOnly).toContain('Veröffentlichte Fassung')
    expect(cookieOnly).not.toContain('Unveröffentlichter Entwurf')
    // The draft render did not land in the cache: visitors still get the published text.
    const after = await get(path)
    expect(after.headers.get('cache-control')).toBe(publicCacheControl)
    const html = await after.text()
    expect(html).toContain('Veröffentlichte Fassung')
    expect(html).not.toContain('Unveröffentlichter Entwurf')
  })
})

describe('the cached event page follows its seats', () => {
  it('shows the new count right after a registration', async () => {
    const event = await createPublishedEvent({
      title: 'Zwischenspeicher Plätze',
      slug: 'zwischenspeicher-plaetze',
      capacity: 5,
    })
    const path = `/veranstaltungen/${event.slug}`
    await get(path)
    expect(await (await get(path)).text()).toContain('Noch 5 Plätze frei.')
    const admin = await staffApi('admin')
    const form = (await admin.call('GET', '/forms?where[kind][equals]=registration&limit=1')).json
      .docs[0]
    const registered = await registerOverRest({
      form: form.id,
      event: event.id,
      name: 'Platz Zähler',
      email: 'platz-zaehler@e2e.example',
      persons: 2,
    })
    expect(registered.status).toBe(201)
    // the very next visitor gets the new count
    expect(await (await get(path)).text()).toContain('Noch 3 Plätze frei.')
  })

  // A page built while a registration lands read the count before it, but is stored after it:
  // Next.js alone took it for fresh and showed it for a minute (src/db/sharedCacheTags.cjs).
  it('shows the true count right after each burst of registrations while visitors keep reading', async () => {
    const capacity = 500
    const event = await createPublishedEvent({
      title: 'Zwischenspeicher Welle',
      slug: 'zwischenspeicher-welle',
      capacity,
    })
    const path = `/veranstaltungen/${event.slug}`
    const admin = await staffApi('admin')
    const form = (await admin.call('GET', '/forms?where[kind][equals]=registration&limit=1')).json
      .docs[0]
    const register = (email: string) =>
      registerOverRest({ form: form.id, event: event.id, name: 'Welle', email }).then(
        (answer) => answer.status,
      )
    const seatLine = async () =>
      (await (await get(path)).text()).match(/Noch \d+ Pl(?:atz|ätze) frei\./)?.[0]
    let reading = true
    const readers = [0, 1, 2].map(async () => {
      while (reading) await seatLine()
    })
    const shownAfterBursts: (string | undefined)[] = []
    for (let burst = 0; burst < 8; burst++) {
      const statuses = await Promise.all(
        [0, 1, 2, 3, 4].map(async (n) => {
          await new Promise((resolve) => setTimeout(resolve, n * 7))
          return register(`welle-${burst}-${n}@e2e.example`)
        }),
      )
      expect(statuses).toEqual([201, 201, 201, 201, 201])
      // the readers go on meanwhile; a second later every visitor must see the true count
      await new Promise((resolve) => setTimeout(resolve, 1500))
      shownAfterBursts.push(await seatLine())
    }
    reading = false
    await Promise.all(readers)
    expect(shownAfterBursts).toEqual(
      Array.from({ length: 8 }, (_, burst) => `Noch ${capacity - 5 * (burst + 1)} Plätze frei.`),
    )
  }, 90_000)
})
