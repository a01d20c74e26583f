import { mkdir, readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { createPublishedEvent, staffApi } from './support/api'
import { auditRegion } from './support/audit'
import { logIn, useBrowser } from './support/browser'

const { openPage, baseUrl } = useBrowser()

/**
 * The README's pictures of the door list are taken by these tests, but only on request
 * (`E2E_SCREENSHOTS=1`): a normal run must not change files in the repository.
 */
const screenshots = process.env.E2E_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results'
/** A4 portrait, 210 mm less the 2 × 10 mm page margins, in CSS pixels. */
const a4PrintableWidth = Math.floor(((210 - 20) / 25.4) * 96)

let event: { id: number; slug: string }
const fillers = 40

beforeAll(async () => {
  event = await createPublishedEvent({
    title: 'Türliste Netzwerktreffen',
    slug: 'tuerliste-netzwerktreffen',
    capacity: 100,
  })
  const admin = await staffApi('admin')
  const form = (await admin.call('GET', '/forms?where[kind][equals]=registration&limit=1')).json
    .docs[0]
  const register = async (name: string, organisation: string, persons: number) => {
    const created = await admin.call('POST', '/form-submissions', {
      form: form.id,
      event: event.id,
      submissionData: [
        { field: 'name', value: name },
        { field: 'email', value: `${name.replace(/\W+/g, '.').toLowerCase()}@e2e.example` },
        { field: 'organisation', value: organisation },
        { field: 'persons', value: String(persons) },
      ],
    })
    expect(created.status).toBe(201)
  }
  await register('Anna Arndt', 'Verein für Demokratie Neuruppin e. V.', 2)
  await register('Bernd Böhm', 'Jugendclub Kyritz', 1)
  await register('Clara Schulze-Wendland', '', 3)
  for (let n = 1; n <= fillers; n++)
    await register(`Teilnehmende ${String(n).padStart(2, '0')}`, 'Amt Temnitz', 1)
})

const expectedPersons = 2 + 1 + 3 + fillers
const listPath = () => `/admin/teilnehmerliste/${event.id}`

const checkedInOf = async (name: string) => {
  const coordinator = await staffApi('coordinator')
  const found = await coordinator.call(
    'GET',
    `/form-submissions?where[name][equals]=${encodeURIComponent(name)}&where[event][equals]=${event.id}&depth=0`,
  )
  return Boolean(found.json.docs[0].checkedIn)
}

const counter = (page: Page) => page.locator('.opr-door__counts')
const visibleRows = (page: Page) => page.locator('.opr-door__row:visible')

describe('the door list on a 375 px phone', () => {
  it('fits the screen, finds people as you type and counts each confirmed check-in live', async () => {
    const page = await openPage()
    await logIn(page, 'coordinator')
    await page.setViewportSize({ width: 375, height: 740 })
    await page.goto(listPath())
    await counter(page).waitFor()
    await expect(counter(page).innerText()).resolves.toContain(
      `0 von ${expectedPersons} Personen eingecheckt`,
    )
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    // A marker that a reload would wipe: the counters must change without one.
    await page.evaluate(() => Object.assign(window, { doorListMarker: 'same page' }))

    // Search as you type.
    await page.getByLabel('Name oder Organisation suchen').pressSequentially('böhm')
    await expect.poll(() => visibleRows(page).count()).toBe(1)
    await expect(visibleRows(page).first().innerText()).resolves.toContain('Bernd Böhm')

    // The button: a big target, on the screen.
    const checkIn = page.getByRole('button', { name: 'Bernd Böhm einchecken' })
    const box = (await checkIn.boundingBox())!
    expect(box.height).toBeGreaterThanOrEqual(44)
    expect(box.width).toBeGreaterThanOrEqual(44)
    expect(box.x + box.width).toBeLessThanOrEqual(375)

    // While the server has not answered, the row says so and does not claim the check-in.
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/api/form-submissions/**', async (route) => {
      await held
      await route.continue()
    })
    await checkIn.click()
    await expect.poll(() => checkIn.innerText()).toBe('Wird gespeichert …')
    expect(await visibleRows(page).first().innerText()).not.toContain('Eingecheckt')
    await expect(counter(page).innerText()).resolves.toContain('0 von')
    release()
    await page.getByRole('button', { name: 'Check-in von Bernd Böhm zurücknehmen' }).waitFor()
    await expect(counter(page).innerText()).resolves.toContain(
      `1 von ${expectedPersons} Personen eingecheckt`,
    )
    await page.unrouteAll()
    expect(await checkedInOf('Bernd Böhm')).toBe(true)

    // A tap that does not reach the server: refused in German, the row stays unchecked.
    await page.route('**/api/form-submissions/**', (route) => route.abort('internetdisconnected'))
    const search = page.getByLabel('Name oder Organisation suchen')
    await search.fill('')
    await search.pressSequentially('arndt')
    await expect.poll(() => visibleRows(page).count()).toBe(1)
    await page.getByRole('button', { name: 'Anna Arndt einchecken' }).click()
    const alert = page.getByRole('alert').filter({ hasText: 'Nicht gespeichert' })
    await alert.waitFor()
    await expect(alert.innerText()).resolves.toBe(
      'Nicht gespeichert: keine Verbindung zum Server. Bitte erneut versuchen.',
    )
    expect(await visibleRows(page).first().innerText()).not.toContain('Eingecheckt')
    await expect(counter(page).innerText()).resolves.toContain('1 von')
    expect(await checkedInOf('Anna Arndt')).toBe(false)
    await auditRegion(page, '.opr-participants')

    // Back online, the same button repeats the tap.
    await page.unrouteAll()
    await page.getByRole('button', { name: 'Erneut versuchen: Anna Arndt einchecken' }).click()
    await page.getByRole('button', { name: 'Check-in von Anna Arndt zurücknehmen' }).waitFor()
    await expect(counter(page).innerText()).resolves.toContain(
      `3 von ${expectedPersons} Personen eingecheckt`,
    )
    expect(await checkedInOf('Anna Arndt')).toBe(true)
    expect(await page.evaluate(() => (window as { doorListMarker?: string }).doorListMarker)).toBe(
      'same page',
    )

    await search.fill('')
    await expect.poll(() => visibleRows(page).count()).toBe(3 + fillers)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    await auditRegion(page, '.opr-participants')
    await mkdir(screenshots, { recursive: true })
    await page.screenshot({ path: `${screenshots}/tuerliste-handy.png` })
  })

  it('searches without JavaScript through the same field, as a GET form', async () => {
    const account = inject('accounts').find((a) => a.role === 'coordinator')!
    const login = await fetch(`${baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: account.email, password: account.password }),
    })
    const { token } = (await login.json()) as { token: string }
    const page = await openPage({ javaScript: false })
    await page.context().addCookies([{ name: 'payload-token', value: token, url: baseUrl }])
    await page.setViewportSize({ width: 375, height: 740 })
    await page.goto(listPath())
    await page.getByLabel('Name oder Organisation suchen').fill('Schulze')
    await page.getByLabel('Name oder Organisation suchen').press('Enter')
    await page.waitForURL(/\?suche=Schulze/)
    await expect(visibleRows(page).count()).resolves.toBe(1)
    await expect(visibleRows(page).first().innerText()).resolves.toContain('Clara Schulze-Wendland')
  })
})

describe('the door list on paper and as CSV', () => {
  it('prints on A4: the header across the page, on every page, no row torn apart', async () => {
    const page = await openPage()
    await logIn(page, 'coordinator')
    await page.setViewportSize({ width: a4PrintableWidth, height: 1000 })
    await page.goto(listPath())
    await counter(page).waitFor()
    await page.emulateMedia({ media: 'print' })

    const layout = await page.evaluate(() => {
      const heading = document.querySelector('.opr-participants__header h1')!
      const style = getComputedStyle(heading)
      const rows = [...document.querySelectorAll('.opr-door__table tbody tr')]
      return {
        headingWidth: heading.getBoundingClientRect().width,
        headingHeight: heading.getBoundingClientRect().height,
        lineHeight: parseFloat(style.lineHeight),
        rowBreaks: [...new Set(rows.map((row) => getComputedStyle(row).breakInside))],
        thead: getComputedStyle(document.querySelector('.opr-door__table thead')!).display,
        signature: getComputedStyle(document.querySelector('th.opr-door__signature')!).display,
        buttons: [...document.querySelectorAll('.opr-participants button')].filter(
          (button) => button.getClientRects().length > 0,
        ).length,
      }
    })
    // One line across the page, not a narrow column with a word per line.
    expect(layout.headingWidth).toBeGreaterThan(a4PrintableWidth * 0.9)
    expect(layout.headingHeight).toBeLessThan(layout.lineHeight * 1.5)
    expect(layout.rowBreaks).toEqual(['avoid'])
    expect(layout.thead).toBe('table-header-group')
    expect(layout.signature).toBe('table-cell')
    expect(layout.buttons).toBe(0)
    await mkdir(screenshots, { recursive: true })
    await page.screenshot({
      path: `${screenshots}/tuerliste-druck.png`,
      clip: { x: 0, y: 0, width: a4PrintableWidth, height: 620 },
    })

    for (const landscape of [false, true]) {
      const pdf = await page.pdf({ format: 'A4', landscape, printBackground: false })
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []
      expect(pages.length, landscape ? 'quer' : 'hoch').toBeGreaterThan(1)
    }
  })

  it('downloads the list as CSV for Excel', async () => {
    const page = await openPage()
    await logIn(page, 'coordinator')
    await page.goto(listPath())
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV (Excel) herunterladen' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^teilnehmerliste-tuerliste-netzwerktreffen-/)
    const csv = await readFile((await download.path())!)
    expect(csv.subarray(0, 3).toString('hex')).toBe('efbbbf')
    const text = csv.toString('utf8')
    expect(text).toContain(
      'Nr.;Name;Organisation;Personen;Unterstützungsbedarf;Eingecheckt;Unterschrift',
    )
    expect(text).toContain('Clara Schulze-Wendland')
  })
})
