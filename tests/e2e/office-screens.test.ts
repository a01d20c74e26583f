import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { officeName } from '@/config/office'
import { adminViewTitles } from '@/messages/adminViews'

import { createPublishedEvent, staffApi } from './support/api'
import { logIn, useBrowser } from './support/browser'

const { openPage } = useBrowser()

/** axe on our own parts of an admin page only; Payload's own screens are not ours to fix here. */
const auditOurs = async (page: Page, selector: string) => {
  const { violations } = await new AxeBuilder({ page: page as never })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .include(selector)
    .analyze()
  expect(
    violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([])
}

let eventId: number

beforeAll(async () => {
  // Long words and addresses: what widens a phone's page if nothing breaks them.
  eventId = (
    await createPublishedEvent({
      title: 'Fachtag Demokratiebildungsnetzwerkveranstaltung Ostprignitz-Ruppin',
      slug: 'fachtag-schmaler-bildschirm',
      capacity: 30,
    })
  ).id
  const coordinator = await staffApi('coordinator')
  const forms = await coordinator.call('GET', '/forms?where[kind][equals]=registration&limit=1')
  const created = await coordinator.call('POST', '/form-submissions', {
    form: forms.json.docs[0].id,
    event: eventId,
    submissionData: [
      { field: 'name', value: 'Maximiliane Schmalbildschirm-Überbreitenprüferin' },
      { field: 'email', value: 'maximiliane.schmalbildschirm-ueberbreite@e2e.example' },
      { field: 'persons', value: '1' },
    ],
  })
  if (created.status !== 201) throw new Error(`Anmeldung nicht angelegt: ${created.status}`)
})

describe('the tab titles of our admin views', () => {
  it('name the view in German and the office once', async () => {
    const page = await openPage()
    await logIn(page, 'coordinator')
    for (const [path, title] of [
      ['/admin/datenauskunft', adminViewTitles.dataRequests],
      [`/admin/teilnehmerliste/${eventId}`, adminViewTitles.participantList],
    ]) {
      await page.goto(path)
      await page.locator('h1').first().waitFor({ timeout: 60_000 })
      expect(await page.title()).toBe(`${title} – ${officeName}`)
    }
  })
})

describe('checkboxes in the admin lists', () => {
  it.each([
    ['events', 'isExample'],
    ['partners', 'isPublic'],
  ])('the %s list says "ja"/"nein", never "wahr"/"falsch"', async (collection, field) => {
    const page = await openPage()
    await logIn(page, 'admin')
    await page.goto(`/admin/collections/${collection}`)
    const table = page.locator('.table table')
    await table.waitFor({ timeout: 60_000 })
    const cells = await table.locator(`td.cell-${field}`).allInnerTexts()
    expect(cells.length).toBeGreaterThan(0)
    for (const cell of cells) expect(['ja', 'nein']).toContain(cell.trim())
    expect(await table.innerText()).not.toMatch(/\b(wahr|falsch|true|false)\b/i)
  })
})

describe('the coordinator overview on a 375 px phone', () => {
  // The admin sees it too, below the launch-readiness panel.
  it.each(['coordinator', 'admin'] as const)(
    'fits the screen without sideways scrolling and passes axe (%s)',
    async (role) => {
      const page = await openPage()
      await logIn(page, role)
      await page.setViewportSize({ width: 375, height: 800 })
      await page.goto('/admin')
      const overview = page.locator('.opr-overview')
      await overview.waitFor({ timeout: 60_000 })
      await expect(overview.innerText()).resolves.toContain('Maximiliane Schmalbildschirm')
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        375,
      )
      const box = (await overview.boundingBox())!
      expect(box.x + box.width).toBeLessThanOrEqual(375)
      await auditOurs(page, '.opr-overview')
    },
  )
})
