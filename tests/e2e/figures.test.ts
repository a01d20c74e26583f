import { mkdir, readFile } from 'node:fs/promises'
import { beforeAll, describe, expect, it } from 'vitest'

import { createPublishedEvent, staffApi } from './support/api'
import { auditRegion } from './support/audit'
import { logIn, useBrowser } from './support/browser'

const { openPage } = useBrowser()

/** The README's picture of the Auswertung is taken only on request (`E2E_SCREENSHOTS=1`). */
const screenshots = process.env.E2E_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results'

let event: { id: number; slug: string }

/** The known data set, registered through the seeded form and its two category questions. */
beforeAll(async () => {
  event = await createPublishedEvent({
    title: 'Auswertung Netzwerktreffen',
    slug: 'auswertung-netzwerktreffen',
    capacity: 100,
  })
  const admin = await staffApi('admin')
  const coordinator = await staffApi('coordinator')
  const form = (await admin.call('GET', '/forms?where[kind][equals]=registration&limit=1')).json
    .docs[0]
  const register = async (
    n: number,
    persons: number,
    categories: { municipality?: string; organisationKind?: string },
    checkedIn = false,
  ) => {
    const created = await admin.call('POST', '/form-submissions', {
      form: form.id,
      event: event.id,
      submissionData: Object.entries({
        name: `Auswertung ${n}`,
        email: `auswertung-${n}@e2e.example`,
        persons: String(persons),
        ...categories,
      }).map(([field, value]) => ({ field, value })),
    })
    expect(created.status).toBe(201)
    if (checkedIn) {
      const checkIn = await coordinator.call('PATCH', `/form-submissions/${created.json.doc.id}`, {
        checkedIn: true,
      })
      expect(checkIn.status).toBe(200)
    }
  }
  await register(1, 2, { municipality: 'Kyritz', organisationKind: 'education' }, true)
  await register(2, 3, { municipality: 'Kyritz', organisationKind: 'civil-society' })
  await register(3, 1, { municipality: 'Amt Temnitz', organisationKind: 'none' }, true)
  await register(4, 1, { municipality: 'außerhalb von OPR' })
  await register(5, 4, {})
})

const rowOf = async (page: import('playwright-core').Page, section: string, label: string) =>
  page
    .getByRole('region', { name: section })
    .getByRole('row', { name: label, exact: false })
    .first()
    .locator('td')
    .allInnerTexts()

describe('the Auswertung in the coordinator’s admin', () => {
  it('shows the known figures of an event as tables and bars, accessible, with a CSV', async () => {
    const page = await openPage()
    await logIn(page, 'coordinator')
    // In the coordinator's navigation (closed on this screen, so followed by address).
    const navLink = page.locator('.opr-nav-links').getByRole('link', { name: 'Auswertung' })
    await expect(navLink.getAttribute('href')).resolves.toBe('/admin/auswertung')
    await page.goto('/admin/auswertung')
    await page.getByLabel('Veranstaltung', { exact: true }).selectOption(String(event.id))
    await page.getByRole('button', { name: 'Veranstaltung auswerten' }).click()
    await page.waitForURL(new RegExp(`veranstaltung=${event.id}`))

    const total = page.locator('.opr-figures__total')
    await expect(total.innerText()).resolves.toMatch(
      /Anmeldungen\s+5\s+Bestätigte Personen\s+11\s+Eingecheckte Personen\s+3/,
    )
    expect(await rowOf(page, 'Nach Kommune oder Amt', 'Kyritz')).toEqual(['2', '5', '2'])
    expect(await rowOf(page, 'Nach Kommune oder Amt', 'Amt Temnitz')).toEqual(['1', '1', '1'])
    expect(await rowOf(page, 'Nach Kommune oder Amt', 'außerhalb von OPR')).toEqual(['1', '1', '0'])
    expect(await rowOf(page, 'Nach Kommune oder Amt', 'keine Angabe')).toEqual(['1', '4', '0'])
    expect(await rowOf(page, 'Nach Art der Organisation', 'Bildung / Schule')).toEqual([
      '1',
      '2',
      '2',
    ])
    expect(await rowOf(page, 'Nach Art der Organisation', 'keine / privat')).toEqual([
      '1',
      '1',
      '1',
    ])
    // The bars repeat the table for the eye only.
    const charts = page.locator('.opr-figures__chart')
    await expect(charts.count()).resolves.toBe(2)
    for (const chart of await charts.all())
      await expect(chart.getAttribute('aria-hidden')).resolves.toBe('true')
    expect(await page.locator('body').innerText()).not.toContain('auswertung-1@e2e.example')
    await auditRegion(page, '.opr-figures')
    await mkdir(screenshots, { recursive: true })
    await page.setViewportSize({ width: 1280, height: 1400 })
    await page.screenshot({ path: `${screenshots}/auswertung.png` })

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV (Excel) herunterladen' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('auswertung-auswertung-netzwerktreffen.csv')
    const csv = await readFile((await download.path())!)
    expect(csv.subarray(0, 3).toString('hex')).toBe('efbbbf')
    const text = csv.toString('utf8')
    expect(text).toContain('Gesamt;;5;11;3\r\n')
    expect(text).toContain('Kommune;Kyritz;2;5;2\r\n')
    expect(text).toContain('Art der Organisation;keine / privat;1;1;1\r\n')
  })

  it('fits a 375 px phone, the longest event title and the four columns included', async () => {
    const page = await openPage()
    await logIn(page, 'coordinator')
    await page.setViewportSize({ width: 375, height: 740 })
    // The seeded "Beispielveranstaltung: Netzwerktreffen „Bündnis für OPR“" is among the choices.
    await page.goto(`/admin/auswertung?veranstaltung=${event.id}`)
    await page.locator('.opr-figures__table').first().waitFor()
    const sizes = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      rightmost: Math.max(
        ...[...document.querySelectorAll('.opr-figures *')].map(
          (el) => el.getBoundingClientRect().right,
        ),
      ),
    }))
    expect(sizes.page).toBeLessThanOrEqual(375)
    expect(sizes.rightmost).toBeLessThanOrEqual(375)
    await auditRegion(page, '.opr-figures')
  })

  it('refuses a bad period in German at the form, and editors altogether', async () => {
    const page = await openPage()
    await logIn(page, 'coordinator')
    await page.goto('/admin/auswertung?von=2026-12-31&bis=2026-01-01')
    await expect(page.getByRole('alert').first().innerText()).resolves.toContain(
      'Der Zeitraum endet vor seinem Anfang',
    )
    await auditRegion(page, '.opr-figures')

    const editor = await openPage()
    await logIn(editor, 'editor')
    await editor.goto(`/admin/auswertung?veranstaltung=${event.id}`)
    await expect(editor.locator('h1').first().innerText()).resolves.toBe('Keine Berechtigung')
    expect(await editor.locator('.opr-figures').count()).toBe(0)
  })
})
