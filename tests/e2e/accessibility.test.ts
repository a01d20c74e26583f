import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { useBrowser } from './support/browser'
import { cancellationLinkIn, waitForMail } from './support/mail'

const { openPage } = useBrowser()

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** axe at WCAG 2.1/2.2 AA plus what axe cannot judge alone: language, one h1, skip link, labels. */
const audit = async (page: Page, { freshLoad = true } = {}) => {
  const { violations } = await new AxeBuilder({ page: page as never }).withTags(wcagTags).analyze()
  expect(
    violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([])
  expect(await page.getAttribute('html', 'lang')).toBe('de')
  expect(await page.locator('h1').count()).toBe(1)
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input, select, textarea')]
      .filter((el) => el.type !== 'hidden' && !el.closest('[aria-hidden="true"]'))
      .filter((el) => !el.labels?.length && !el.getAttribute('aria-label'))
      .map((el) => el.name || el.id),
  )
  expect(unlabelled).toEqual([])
  // Freshly loaded, the first Tab lands on the skip link; later it must still come first.
  if (freshLoad) await page.keyboard.press('Tab')
  const skip = await page.evaluate((fresh) => {
    const el = (
      fresh
        ? document.activeElement
        : document.querySelector('a[href], button, input, select, textarea')
    ) as HTMLAnchorElement | null
    return { text: el?.textContent?.trim(), target: el?.getAttribute('href') }
  }, freshLoad)
  expect(skip.text).toBe('Zum Inhalt springen')
  expect(await page.locator(skip.target!).count()).toBe(1)
}

describe('every public page meets WCAG 2.1/2.2 AA as far as tools can tell', () => {
  it.each([
    ['Startseite mit Einladung und Formularen', '/'],
    [
      'Veranstaltung mit Programm und Anmeldung',
      '/veranstaltungen/beispielveranstaltung-netzwerktreffen',
    ],
    ['Veranstaltungen', '/veranstaltungen'],
    ['Partner:innen', '/partner'],
    ['Impressum', '/impressum'],
    ['Datenschutz', '/datenschutz'],
    ['Barrierefreiheit', '/barrierefreiheit'],
    ['Barriere melden', '/barriere-melden'],
    ['Leichte Sprache', '/leichte-sprache'],
    ['Gebärdensprache', '/gebaerdensprache'],
    ['Einwilligungen widerrufen (ungültiger Link)', '/einwilligung/widerrufen?token=x'],
    ['404', '/gibt-es-nicht'],
  ])('%s (%s)', async (_, path) => {
    const page = await openPage()
    const response = await page.goto(path)
    expect(response?.status()).toBe(path === '/gibt-es-nicht' ? 404 : 200)
    await audit(page)
    // The browser tab names the office once, also where an editor wrote a complete SEO title.
    expect((await page.title()).match(/Partnerschaft für Demokratie/g)).toHaveLength(1)
    // Every page: the way to report a barrier, the offers in Leichte Sprache and DGS, and the
    // funding notice of "Demokratie leben!".
    const footer = page.locator('footer')
    await expect(footer.getByRole('link', { name: 'Barriere melden' }).count()).resolves.toBe(1)
    await expect(footer.innerText()).resolves.toContain('Demokratie leben!')
    const offers = page.getByRole('navigation', { name: /Leichter Sprache und Gebärdensprache/ })
    await expect(offers.getByRole('link').allInnerTexts()).resolves.toEqual([
      'Leichte Sprache',
      'Gebärdensprache',
    ])
  })

  it('the registration form in its error state', async () => {
    const page = await openPage()
    await page.goto('/veranstaltungen/beispielveranstaltung-netzwerktreffen')
    await page.click('#anmeldung button[type="submit"]')
    await page.locator('.form__summary').waitFor()
    await audit(page, { freshLoad: false })
  })

  it('the cancellation page', async () => {
    const page = await openPage()
    await page.goto('/veranstaltungen/beispielveranstaltung-netzwerktreffen')
    await page.fill('#anmeldung input[name="name"]', 'Prüfung Barrierefreiheit')
    await page.fill('#anmeldung input[name="email"]', 'axe@e2e.example')
    await page.waitForTimeout(1200)
    await page.click('#anmeldung button[type="submit"]')
    await page.locator('.form-result').waitFor()
    const mail = await waitForMail('axe@e2e.example', /^Ihre Anmeldung:/)
    const cancel = await openPage()
    await cancel.goto(cancellationLinkIn(mail))
    await audit(cancel)
  })
})
