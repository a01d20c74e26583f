import { describe, expect, it } from 'vitest'

import { audit } from './support/audit'
import { useBrowser } from './support/browser'
import { cancellationLinkIn, waitForMail } from './support/mail'

const { openPage } = useBrowser()

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

  it('the page behind the mail link: Ihre Anmeldung (change and cancel)', async () => {
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
