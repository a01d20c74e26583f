/**
 * The README promises stateless instances behind a load balancer. Here a second production
 * instance runs from the same build on the same database as the first, and both serve at once.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { type FileHandle, open } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { choosePort } from '../../scripts/lib/postgres/freePort'

import { createPublishedEvent, registerOverRest, staffApi } from './support/api'
import { useBrowser } from './support/browser'
import { receivedMails, waitForMail } from './support/mail'

let second: ChildProcess | undefined
let secondUrl = ''
let secondLog: FileHandle | undefined

const { openPage } = useBrowser()

/**
 * Waits for the instance through its REST API, so that Payload starts in the API routes' bundle
 * first, as when a cron or an editor is the first to reach a fresh instance: the pages' bundle
 * then meets errors of the other bundle's classes.
 */
const serving = async (url: string, child: ChildProcess) => {
  for (let waited = 0; waited < 180_000; waited += 500) {
    if (child.exitCode !== null) throw new Error(`Zweite Instanz beendet (${child.exitCode}).`)
    if (
      await fetch(url).then(
        (r) => r.status < 500,
        () => false,
      )
    )
      return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`Zweite Instanz antwortet nicht unter ${url}.`)
}

beforeAll(async () => {
  const { port } = await choosePort(3930)
  secondUrl = `http://127.0.0.1:${port}`
  const log = (secondLog = await open(path.join(inject('artifactsDir'), 'app-2.log'), 'w'))
  second = spawn(process.execPath, ['scripts/launch.mjs', 'scripts/start.ts'], {
    // Same variables as the first instance (one SERVER_URL, as behind a load balancer), own port.
    env: { ...process.env, ...inject('appEnv'), PORT: String(port) },
    detached: true,
    stdio: ['ignore', log.fd, 'inherit'],
  })
  await serving(`${secondUrl}/api/forms?limit=1`, second)
}, 200_000)

afterAll(async () => {
  if (second?.pid)
    try {
      process.kill(-second.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  await secondLog?.close()
})

const register = (baseUrl: string, form: number, event: number, email: string) =>
  registerOverRest({ baseUrl, form, event, name: 'Zwei Instanzen', email })

describe('two app instances on one database', () => {
  const people = Array.from({ length: 40 }, (_, n) => `instanz${n}@skalierung.example`)

  it('share the seats: 40 people racing over both for 10 seats, exactly 10 confirmed', async () => {
    const event = await createPublishedEvent({
      title: 'Zwei Instanzen',
      slug: 'zwei-instanzen',
      capacity: 10,
    })
    const admin = await staffApi('admin')
    const form = (await admin.call('GET', '/forms?where[kind][equals]=registration&limit=1')).json
      .docs[0].id as number
    const instances = [inject('baseUrl'), secondUrl]
    const answers = await Promise.all(
      people.map((email, n) => register(instances[n % 2]!, form, event.id, email)),
    )
    expect(answers.map((a) => a.status)).toEqual(people.map(() => 201))
    const stored = (
      await admin.call(
        'GET',
        `/form-submissions?where[event][equals]=${event.id}&pagination=false&depth=0`,
      )
    ).json.docs as { status: string; persons: number }[]
    const count = (status: string) => stored.filter((s) => s.status === status).length
    expect({
      rows: stored.length,
      confirmed: count('confirmed'),
      waiting: count('waitlisted'),
    }).toEqual({ rows: 40, confirmed: 10, waiting: 30 })
  })

  it('work one mail queue: every person gets exactly one mail, though both send', async () => {
    const mailsTo = async () => {
      const counts = new Map<string, number>()
      for (const mail of await receivedMails())
        for (const to of [mail.to].flat().flatMap((t) => t?.value ?? []))
          if (to.address?.endsWith('@skalierung.example'))
            counts.set(to.address, (counts.get(to.address) ?? 0) + 1)
      return counts
    }
    await expect.poll(async () => (await mailsTo()).size, { timeout: 90_000 }).toBe(40)
    // Both instances run the queue every 10 s: two more rounds would show a mail sent twice.
    await new Promise((r) => setTimeout(r, 25_000))
    const counts = await mailsTo()
    expect([...counts.values()].filter((n) => n !== 1)).toEqual([])
    expect(counts.size).toBe(40)
  }, 150_000)

  // Each instance keeps its own copy of the cached pages; the invalidations go through the
  // database (src/db/sharedCacheTags.cjs), read at most a second after the last look.
  const cachedOnSecond = async (path: string) => {
    await fetch(`${secondUrl}${path}`)
    const again = await fetch(`${secondUrl}${path}`)
    expect(again.headers.get('x-nextjs-cache')).toMatch(/HIT|STALE/)
    return again.text()
  }
  /** What the second instance shows of a page: the part the test looks at, not the whole HTML. */
  const onSecond = (path: string, part: RegExp) => async () =>
    (await (await fetch(`${secondUrl}${path}`)).text()).match(part)?.[0]

  it('drop their cached pages together: a publish on the first shows on the second', async () => {
    const event = await createPublishedEvent({
      title: 'Vor der Änderung',
      slug: 'geteilter-zwischenspeicher',
      capacity: 20,
    })
    const path = `/veranstaltungen/${event.slug}`
    expect(await cachedOnSecond(path)).toContain('Vor der Änderung')
    const admin = await staffApi('admin')
    const changed = await admin.call('PATCH', `/events/${event.id}`, {
      title: 'Nach der Änderung',
      _status: 'published',
    })
    expect(changed.status).toBe(200)
    // The README promises about a second; the poll allows for a busy machine, far below the
    // pages' own one-minute refresh that would otherwise be the only way to see it.
    await expect
      .poll(onSecond(path, /<h1>[^<]*<\/h1>/), { timeout: 8_000, interval: 250 })
      .toBe('<h1>Nach der Änderung</h1>')
  })

  it('drop their cached pages together: a registration on the first shows its seats on the second', async () => {
    const event = await createPublishedEvent({
      title: 'Plätze über zwei Instanzen',
      slug: 'plaetze-zwei-instanzen',
      capacity: 5,
    })
    const path = `/veranstaltungen/${event.slug}`
    expect(await cachedOnSecond(path)).toContain('Noch 5 Plätze frei.')
    const admin = await staffApi('admin')
    const form = (await admin.call('GET', '/forms?where[kind][equals]=registration&limit=1')).json
      .docs[0].id as number
    const answer = await register(
      inject('baseUrl'),
      form,
      event.id,
      'platz-zwei@zwischenspeicher.example',
    )
    expect(answer.status).toBe(201)
    await expect
      .poll(onSecond(path, /Noch \d+ Pl(?:atz|ätze) frei\./), { timeout: 8_000, interval: 250 })
      .toBe('Noch 4 Plätze frei.')
  })

  it('answer the form without JavaScript alike: errors at the fields, a second registration mailed', async () => {
    const page = await openPage({ javaScript: false })
    const path = `${secondUrl}/veranstaltungen/zwei-instanzen`
    await page.goto(path)
    await page.fill('#anmeldung input[name="name"]', 'Zweite Instanz')
    await page.fill('#anmeldung input[name="persons"]', '9')
    await page.waitForTimeout(1200)
    await page.click('#anmeldung button[type="submit"]')
    await page.waitForSelector('.form__summary')
    await expect(page.locator('.form__summary').innerText()).resolves.toContain('von 1 bis 5')

    await page.goto(path)
    await page.fill('#anmeldung input[name="name"]', 'Zwei Instanzen')
    await page.fill('#anmeldung input[name="email"]', people[0]!)
    await page.waitForTimeout(1200)
    await page.click('#anmeldung button[type="submit"]')
    await page.waitForSelector('.form-result h3')
    await waitForMail(people[0]!, /^Sie sind bereits angemeldet/, 60_000)
  }, 120_000)
})
