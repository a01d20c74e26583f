/**
 * 1 000 generated hostile submissions against the site's own form endpoint: the server action that
 * the plain HTML form posts to (multipart, as a browser without JavaScript sends it), plus raw
 * bodies a browser never sends against the REST API of the production server.
 */
import { request } from 'node:http'
import { describe, expect, it } from 'vitest'

import { honeypotField } from '@/domain/forms/definition'
import { returnPathParam } from '@/lib/paths'

import {
  hostileStrings,
  invalidUtf8,
  pickWith,
  renderedMarkup,
  seededRandom,
} from '../helpers/hostile'
import { createPublishedEvent, staffApi } from './support/api'
import { hiddenFieldsOf, logIn, useBrowser } from './support/browser'

const { openPage, baseUrl } = useBrowser()

type Part = { name: string; value: string | Buffer; filename?: string }

/** multipart/form-data by hand, so a part can carry bytes that are not UTF-8 */
const multipart = (parts: Part[]) => {
  const boundary = `----opr${Math.random().toString(16).slice(2)}`
  const chunks = parts.flatMap(({ name, value, filename }) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${
        filename ? `; filename="${filename}"\r\nContent-Type: application/octet-stream` : ''
      }\r\n\r\n`,
    ),
    Buffer.isBuffer(value) ? value : Buffer.from(value),
    Buffer.from('\r\n'),
  ])
  return {
    body: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]),
    type: `multipart/form-data; boundary=${boundary}`,
  }
}

/**
 * One POST on its own connection. A server may refuse an oversize upload by answering and closing
 * the connection before the body is through; then the status counts, and a reset without any
 * answer is reported as such.
 */
const post = (url: string, headers: Record<string, string>, body: Buffer) =>
  new Promise<number | 'reset'>((resolve) => {
    const req = request(url, { method: 'POST', headers, agent: false }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode ?? 0))
      response.on('error', () => resolve(response.statusCode ?? 0))
    })
    req.on('error', () => resolve('reset'))
    req.end(body)
  })

const inParallel = async (count: number, width: number, work: (i: number) => Promise<void>) => {
  let next = 0
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) await work(next++)
    }),
  )
}

describe('hostile input against the form endpoint', () => {
  it(
    '1 000 generated submissions to the server action: no server error, no markup stored',
    { timeout: 600_000 },
    async () => {
      const event = await createPublishedEvent({
        title: 'Formularprobe',
        slug: 'formularprobe',
        capacity: null,
      })
      const path = `/veranstaltungen/${event.slug}`
      // What a browser without JavaScript posts: the form's hidden fields and its inputs.
      const page = await openPage({ javaScript: false })
      await page.goto(path)
      const form = page.locator('#anmeldung form')
      const hidden = await hiddenFieldsOf(form)
      const fields = await form
        .locator('input:not([type="hidden"]), textarea, select')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).name))
      expect(hidden.length).toBeGreaterThan(2)
      expect(fields).toEqual(expect.arrayContaining(['name', 'email']))
      await page.waitForTimeout(1200) // the timing token wants a human pause

      const next = seededRandom(20261126)
      const pick = pickWith(next)
      const hostileValue = (): Part['value'] =>
        next() < 0.15 ? pick(invalidUtf8) : pick(hostileStrings)
      const statuses = new Map<number | string, number>()
      await inParallel(1000, 6, async (i) => {
        // A third look like a person's post with one odd answer: these reach the rules and get
        // stored when the answer is harmless text; the rest are thoroughly broken.
        const plausible = next() < 0.35
        const parts: Part[] = hidden.flatMap((h) =>
          !plausible && next() < 0.03
            ? []
            : [{ name: h.name, value: !plausible && next() < 0.03 ? hostileValue() : h.value }],
        )
        for (const name of fields) {
          if (plausible) {
            const usual: Record<string, string> = {
              name: `Fuzz ${i}`,
              email: `fuzz${i}@e2e.example`,
              persons: '1',
              [honeypotField]: '',
            }
            const value = name in usual ? usual[name]! : next() < 0.5 ? hostileValue() : ''
            parts.push({ name, value })
          } else if (next() < 0.8)
            parts.push({ name, value: next() < 0.75 ? hostileValue() : `ok${i}` })
        }
        if (next() < 0.05)
          parts.push({ name: pick(['status', 'internalNote', 'checkedIn']), value: 'confirmed' })
        if (next() < 0.03) parts.push({ name: 'message', value: 'x'.repeat(3_000_000) })
        if (next() < 0.03) parts.push({ name: 'name', value: pick(invalidUtf8), filename: 'a.txt' })
        if (next() < 0.02)
          for (let k = 0; k < 300; k++)
            parts.push({ name: `extra${k}`, value: pick(hostileStrings) })
        const { body, type } = multipart(parts)
        const status = await post(
          `${baseUrl}${path}`,
          {
            'content-type': type,
            accept: 'text/html',
          },
          body,
        )
        // only an upload over the 1 MB limit may be cut off without an answer
        const key = status === 'reset' && body.length > 1024 * 1024 ? 'oversize reset' : status
        statuses.set(key, (statuses.get(key) ?? 0) + 1)
      })
      console.info(`[hostile form] answers ${JSON.stringify([...statuses])}`)
      expect(
        [...statuses.keys()].filter((status) => status === 'reset' || Number(status) >= 500),
      ).toEqual([])

      // Refused posts get a short German page with the right status.
      const damaged = multipart(
        hidden.map((h) => (h.name.includes(':') ? { ...h, value: "' OR 1=1 --" } : h)),
      )
      const refused = await fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': damaged.type },
        body: new Uint8Array(damaged.body),
      })
      expect(refused.status).toBe(400)
      await expect(refused.text()).resolves.toContain('<h1>Formular nicht verarbeitet</h1>')
      const oversize = multipart([...hidden, { name: 'message', value: 'x'.repeat(2_000_000) }])
      const tooLarge = await post(
        `${baseUrl}${path}`,
        { 'content-type': oversize.type },
        oversize.body,
      )
      expect(tooLarge).toBe(413)

      // Whatever was accepted holds no markup, and the admin shows it as text.
      const coordinator = await staffApi('coordinator')
      const stored = await coordinator.call(
        'GET',
        `/form-submissions?where[event][equals]=${event.id}&pagination=false&depth=0`,
      )
      expect(stored.status).toBe(200)
      expect(stored.json.docs.length).toBeGreaterThan(0)
      console.info(`[hostile form] ${stored.json.docs.length} stored`)
      expect(JSON.stringify(stored.json.docs)).not.toMatch(renderedMarkup)

      const admin = await openPage()
      const dialogs: string[] = []
      admin.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      await logIn(admin, 'coordinator')
      await admin.goto(`/admin/collections/form-submissions?where[event][equals]=${event.id}`)
      await admin.locator('table').first().waitFor({ timeout: 60_000 })
      await admin.goto(`/admin/collections/form-submissions/${stored.json.docs[0].id}`)
      await admin.locator('form').first().waitFor({ timeout: 60_000 })
      expect(dialogs).toEqual([])
    },
  )

  it('a plain HTML form over its rate limit gets HTTP 429 and a German page', async () => {
    // The contact form on the start page: every message is stored, so every one counts.
    const contact = await (await fetch(`${baseUrl}/api/forms?where[kind][equals]=contact`)).json()
    const formId = String(contact.docs[0].id)
    const page = await openPage({ javaScript: false })
    await page.goto('/')
    const form = page.locator(`form:has(input[name="formId"][value="${formId}"])`)
    const hidden = await hiddenFieldsOf(form)
    const returnTo = hidden.find((h) => h.name === returnPathParam)!.value
    await page.waitForTimeout(1200)
    // The e2e app allows 50 submissions per address and hour; the same person keeps sending.
    let location: string | null = null
    for (let n = 0; n < 60 && !location; n++) {
      const { body, type } = multipart([
        ...hidden,
        { name: 'name', value: 'Immer Dieselbe' },
        { name: 'email', value: 'drossel@e2e.example' },
        { name: 'message', value: `Nachricht Nummer ${n}` },
        { name: honeypotField, value: '' },
      ])
      const response = await fetch(`${baseUrl}/`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: new Uint8Array(body),
        redirect: 'manual',
      })
      await response.arrayBuffer()
      if (response.status === 303) location = response.headers.get('location')
      else expect(response.status).toBe(200)
    }
    expect(location).toMatch(/^\/anmeldung\/zu-viele-anfragen\?zurueck=/)
    const limited = await fetch(new URL(location!, baseUrl))
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('3600')
    const html = await limited.text()
    expect(html).toContain('<html lang="de">')
    expect(html).toContain('<h1>Zu viele Anfragen</h1>')
    expect(html).toContain(`href="${returnTo}"`)
  })

  it('raw bodies against the REST API of the running server: 4xx, never 5xx', async () => {
    const forms = await (await fetch(`${baseUrl}/api/forms?limit=1&depth=0`)).json()
    const formId = forms.docs[0].id
    const bodies: { type: string; body: Buffer | string }[] = [
      ...invalidUtf8.map((bytes) => ({
        type: 'application/json',
        body: Buffer.concat([
          Buffer.from(`{"form":${formId},"submissionData":[{"field":"name","value":"`),
          bytes,
          Buffer.from('"}]}'),
        ]),
      })),
      {
        type: 'application/json',
        body:
          `{"form":${formId},"submissionData":[` +
          '{"field":"x","value":"y"},'.repeat(400_000) +
          '{}]}',
      },
      { type: 'application/json', body: '['.repeat(100_000) + ']'.repeat(100_000) },
      { type: 'application/json', body: '{"form":' },
      { type: 'text/plain', body: 'name=Max' },
      { type: 'application/x-www-form-urlencoded', body: 'form=1&submissionData=%00' },
    ]
    for (const { type, body } of bodies) {
      const status = await post(
        `${baseUrl}/api/form-submissions`,
        { 'content-type': type },
        Buffer.from(body),
      )
      expect(status, `${type} ${String(body).slice(0, 40)}`).not.toBe('reset')
      expect(Number(status), `${type} ${String(body).slice(0, 40)}`).toBeLessThan(500)
    }
  })
})
