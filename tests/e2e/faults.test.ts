/**
 * Faults under the running production build: the mail server and the database go away and come
 * back, and the site's form endpoint (the server action a plain HTML form posts to) gets hostile
 * input. The REST API's 1 000 hostile submissions run in tests/int/hostile-input.test.ts.
 */
import type { ParsedMail } from 'mailparser'
import { describe, expect, inject, it } from 'vitest'

import { createPublishedEvent, staffApi } from './support/api'
import { useBrowser } from './support/browser'
import { flip } from './support/faults'
import { receivedMails, waitForMail } from './support/mail'

const { openPage, baseUrl } = useBrowser()
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))
const retryPage = /Bitte versuchen Sie es .*erneut/

const registerInBrowser = async (
  path: string,
  name: string,
  email: string,
  javaScript: boolean,
) => {
  const page = await openPage({ javaScript })
  await page.goto(path)
  await page.fill('#anmeldung input[name="name"]', name)
  await page.fill('#anmeldung input[name="email"]', email)
  await page.waitForTimeout(1200)
  await page.click('#anmeldung button[type="submit"]')
  await page.waitForSelector('.form-result h3')
  return page.locator('.form-result h3').innerText()
}

const confirmationsTo = (mails: ParsedMail[], email: string) =>
  mails.filter(
    (m) =>
      [m.to].flat().some((to) => to?.value.some((a) => a.address === email)) &&
      /^Ihre Anmeldung:/.test(m.subject ?? ''),
  )

describe('the mail server is down during registrations', () => {
  it('every confirmation arrives once it is back, none twice', { timeout: 180_000 }, async () => {
    const event = await createPublishedEvent({
      title: 'Ausfallprobe Post',
      slug: 'ausfallprobe-post',
      capacity: null,
    })
    const people = [1, 2, 3].map((n) => ({
      name: `Post Ausfall ${n}`,
      email: `post-${n}@e2e.example`,
    }))
    await flip('smtp', 'stop')
    try {
      for (const [n, person] of people.entries()) {
        // with and without JavaScript: both paths end in the same outbox
        const heading = await registerInBrowser(
          `/veranstaltungen/${event.slug}`,
          person.name,
          person.email,
          n !== 1,
        )
        expect(heading).toBe('Vielen Dank – Ihre Anmeldung ist bestätigt')
      }
      await pause(3000)
      const mails = await receivedMails()
      for (const person of people) expect(confirmationsTo(mails, person.email)).toHaveLength(0)
    } finally {
      await flip('smtp', 'start')
    }
    for (const person of people) await waitForMail(person.email, /^Ihre Anmeldung:/, 120_000)
    await pause(12_000) // one more turn of the mail queue: a second send would land now
    const mails = await receivedMails()
    for (const person of people) expect(confirmationsTo(mails, person.email)).toHaveLength(1)
  })
})

describe('PostgreSQL restarts while the app runs', () => {
  it.skipIf(!inject('canRestartDatabase'))(
    'visitors get a German "please try again" notice, and the same app serves again afterwards',
    { timeout: 180_000 },
    async () => {
      const appPid = inject('appPid')
      const event = await createPublishedEvent({
        title: 'Ausfallprobe Datenbank',
        slug: 'ausfallprobe-datenbank',
        capacity: null,
      })
      // The start page has been read before (its content is cached); the new event has not.
      expect((await fetch(`${baseUrl}/`)).status).toBe(200)
      const page = await openPage({ javaScript: false })
      await page.goto('/')
      const before = await page.locator('main').innerText()
      const formsBefore = await page.locator('main form button[type="submit"]').count()
      expect(formsBefore).toBeGreaterThan(0)
      await flip('postgres', 'stop')
      try {
        // The invitation stays readable: the last good page from Next.js' cache, unchanged, its
        // forms included (not a "try again" notice in place of a form).
        await page.goto('/')
        const during = await page.locator('main').innerText()
        expect(during).toContain('Sehr geehrte Damen und Herren')
        expect(during).toBe(before)
        expect(during).not.toMatch(retryPage)
        await expect(page.locator('main form button[type="submit"]').count()).resolves.toBe(
          formsBefore,
        )
        // A page that needs the database right now: 503 with Retry-After, never stored, so the
        // notice can replace neither the page in a proxy nor in Next.js' cache.
        const uncached = await fetch(`${baseUrl}/veranstaltungen/${event.slug}`)
        expect(uncached.status).toBe(503)
        expect(Number(uncached.headers.get('retry-after'))).toBeGreaterThan(0)
        expect(uncached.headers.get('cache-control')).toContain('no-store')
        expect(uncached.headers.get('x-nextjs-cache')).toBeNull()
        const html = await uncached.text()
        expect(html).toContain('lang="de"')
        expect(html).toContain('<h1>Vorübergehend nicht erreichbar</h1>')
        expect(html).toMatch(retryPage)
        expect(html).toContain('<meta name="robots" content="noindex"/>')
        expect(html).not.toContain('Ausfallprobe Datenbank</h1>')
        await page.goto(`/veranstaltungen/${event.slug}`)
        await expect(page.locator('h1').innerText()).resolves.toBe('Vorübergehend nicht erreichbar')
        // A REST client gets an error status, and the app is still the same process.
        const api = await fetch(`${baseUrl}/api/events?limit=1`)
        expect(api.status).toBeGreaterThanOrEqual(500)
        expect(() => process.kill(appPid, 0)).not.toThrow()
      } finally {
        await flip('postgres', 'start')
      }

      // Back without restarting the app: pages, the API and a registration work again.
      const deadline = Date.now() + 60_000
      let back = false
      while (Date.now() < deadline && !back) {
        const html = await fetch(`${baseUrl}/veranstaltungen/${event.slug}`).then(
          (r) => r.text(),
          () => '',
        )
        back = html.includes('<h1>Ausfallprobe Datenbank</h1>')
        if (!back) await pause(500)
      }
      expect(back).toBe(true)
      expect(() => process.kill(appPid, 0)).not.toThrow()
      const admin = await staffApi('admin')
      expect((await admin.call('GET', '/form-submissions?limit=1')).status).toBe(200)
      // staff can write again too (a transaction, a publish, the cache dropped)
      const edited = await admin.call('PATCH', `/events/${event.id}`, {
        summary: 'Nach dem Neustart bearbeitet',
        _status: 'published',
      })
      expect(edited.status).toBe(200)
      const heading = await registerInBrowser(
        `/veranstaltungen/${event.slug}`,
        'Nach dem Neustart',
        'nach-neustart@e2e.example',
        true,
      )
      expect(heading).toBe('Vielen Dank – Ihre Anmeldung ist bestätigt')
    },
  )
})
