import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { createPublishedEvent } from './support/api'
import { useBrowser } from './support/browser'
import { cancellationLinkIn, waitForMail } from './support/mail'

const { openPage } = useBrowser()
const examplePath = '/veranstaltungen/beispielveranstaltung-netzwerktreffen'

/** Presses Tab until the element is focused — the way a keyboard user gets there. */
const tabTo = async (page: Page, selector: string, maxPresses = 80) => {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab')
    if (
      await page
        .locator(selector)
        .evaluate((el) => el === document.activeElement)
        .catch(() => false)
    )
      return
  }
  throw new Error(`Mit der Tabulatortaste nicht erreichbar: ${selector}`)
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim())

describe('an invitee registers for the example event', () => {
  it('with the keyboard only, gets the confirmation mail and can cancel through its link', async () => {
    const page = await openPage()
    await page.goto('/')
    await expect(page.locator('main').innerText()).resolves.toContain(
      'Sehr geehrte Damen und Herren',
    )
    await page.goto(examplePath)
    await tabTo(page, '#anmeldung input[name="name"]')
    await page.keyboard.type('Tastatur Nutzerin')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Jugendclub Kyritz')
    await page.keyboard.press('Tab')
    await page.keyboard.type('tastatur@e2e.example')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Control+A')
    await page.keyboard.type('2')
    await page.waitForTimeout(1200)
    await page.keyboard.press('Enter')
    await page.waitForSelector('.form-result h3')
    expect(await focusedText(page)).toBe('Vielen Dank – Ihre Anmeldung ist bestätigt')

    const mail = await waitForMail('tastatur@e2e.example', /^Ihre Anmeldung:/)
    expect(mail.text).toContain('Personen: 2')
    expect(mail.attachments.map((a) => a.filename)).toEqual([
      'beispielveranstaltung-netzwerktreffen.ics',
    ])

    await page.goto(cancellationLinkIn(mail))
    await expect(page.locator('h1').innerText()).resolves.toBe('Ihre Anmeldung')
    await tabTo(page, 'button[name="abmelden"]')
    await page.keyboard.press('Enter')
    await page.waitForSelector('h1:text("Sie sind abgemeldet")')
    await waitForMail('tastatur@e2e.example', /^Abmeldung bestätigt/)
  })

  it('without JavaScript: the plain HTML form posts and answers at the form', async () => {
    const page = await openPage({ javaScript: false })
    await page.goto(examplePath)
    await page.fill('#anmeldung input[name="name"]', 'Ohne Skript')
    await page.fill('#anmeldung input[name="email"]', 'ohne-skript@e2e.example')
    await page.waitForTimeout(1200)
    await page.click('#anmeldung button[type="submit"]')
    await page.waitForSelector('.form-result h3')
    expect(page.url()).toContain('#anmeldung')
    await expect(page.locator('.form-result').innerText()).resolves.toContain(
      'Ihre Anmeldung ist bestätigt',
    )
    const mail = await waitForMail('ohne-skript@e2e.example', /^Ihre Anmeldung:/)
    expect(cancellationLinkIn(mail)).toContain('/anmeldung/abmelden?token=')
  })
})

describe('the form with errors', () => {
  it('lists them in a summary that takes the focus, and names the error at each field', async () => {
    const page = await openPage()
    await page.goto(examplePath)
    await page.fill('#anmeldung input[name="email"]', 'keine-adresse')
    await page.click('#anmeldung button[type="submit"]')
    const summary = page.locator('.form__summary')
    await summary.waitFor()
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true)
    const items = await summary.locator('li').allInnerTexts()
    expect(items).toEqual([
      'Bitte füllen Sie das Feld „Vor- und Nachname“ aus.',
      'Bitte geben Sie bei „E-Mail-Adresse“ eine gültige E-Mail-Adresse an, zum Beispiel name@beispiel.de.',
    ])
    for (const name of ['name', 'email']) {
      const input = page.locator(`#anmeldung [name="${name}"]`)
      expect(await input.getAttribute('aria-invalid')).toBe('true')
      const describedBy = await input.getAttribute('aria-describedby')
      await expect(page.locator(`#${describedBy}`).innerText()).resolves.toContain('Fehler:')
    }
  })

  it('without JavaScript the server gives the same summary, keeping what was typed', async () => {
    const page = await openPage({ javaScript: false })
    await page.goto(examplePath)
    await page.fill('#anmeldung input[name="name"]', 'Behalten Sie mich')
    await page.fill('#anmeldung input[name="persons"]', '9')
    await page.waitForTimeout(1200)
    await page.click('#anmeldung button[type="submit"]')
    await page.waitForSelector('.form__summary')
    await expect(page.locator('.form__summary').innerText()).resolves.toContain('von 1 bis 5')
    expect(await page.inputValue('#anmeldung input[name="name"]')).toBe('Behalten Sie mich')
  })
})

describe('a full event', () => {
  it('puts the next person on the waiting list and promotes them when a seat frees up', async () => {
    await createPublishedEvent({ title: 'Kleine Runde', slug: 'kleine-runde', capacity: 1 })

    const register = async (name: string, email: string) => {
      const page = await openPage()
      await page.goto('/veranstaltungen/kleine-runde')
      await page.fill('#anmeldung input[name="name"]', name)
      await page.fill('#anmeldung input[name="email"]', email)
      await page.waitForTimeout(1200)
      await page.click('#anmeldung button[type="submit"]')
      await page.waitForSelector('.form-result h3')
      return page
    }
    const first = await register('Erste Person', 'erste@e2e.example')
    await expect(first.locator('.form-result h3').innerText()).resolves.toContain('bestätigt')

    const second = await openPage()
    await second.goto('/veranstaltungen/kleine-runde')
    await expect(second.locator('#anmeldung').innerText()).resolves.toContain(
      'Alle Plätze sind vergeben',
    )
    const waiting = await register('Zweite Person', 'zweite@e2e.example')
    await expect(waiting.locator('.form-result h3').innerText()).resolves.toBe(
      'Vielen Dank – Sie stehen auf der Warteliste',
    )
    // The seat line said "Damit sind alle Plätze vergeben." as if this person took the last seat.
    await expect(waiting.locator('.form-result').innerText()).resolves.not.toContain('Damit sind')
    await waitForMail('zweite@e2e.example', /^Warteliste:/)

    const confirmation = await waitForMail('erste@e2e.example', /^Ihre Anmeldung:/)
    const cancel = await openPage()
    await cancel.goto(cancellationLinkIn(confirmation))
    await cancel.click('button[name="abmelden"]')
    await cancel.waitForSelector('h1:text("Sie sind abgemeldet")')
    const promoted = await waitForMail('zweite@e2e.example', /^Ihr Platz ist frei:/)
    expect(promoted.attachments.map((a) => a.filename)).toEqual(['kleine-runde.ics'])
  })
})

describe('an organisation declares its partnership', () => {
  it('is told that its declaration arrived, on the page and by mail', async () => {
    const page = await openPage()
    await page.goto('/')
    const section = page.locator('section.form-section', {
      has: page.getByRole('heading', { name: 'Kooperationspartner:in werden' }),
    })
    await section.locator('input[name="organisation"]').fill('Verein Miteinander')
    await section.locator('input[name="contactPerson"]').fill('Paula Partner')
    await section.locator('input[name="email"]').fill('partner@e2e.example')
    await section.locator('select[name="municipality"]').selectOption({ index: 1 })
    await section.locator('select[name="fieldOfWork"]').selectOption({ index: 1 })
    await page.waitForTimeout(1200)
    await section.locator('button[type="submit"]').click()
    await expect(section.locator('.form-result h3').innerText()).resolves.toBe(
      'Vielen Dank – Ihre Erklärung zur Kooperationspartnerschaft ist angekommen',
    )
    // The editor's confirmation text from the form, not a fixed sentence beside it.
    const result = await section.locator('.form-result').innerText()
    expect(result).toContain('Schön, dass Sie das „Bündnis für OPR“ mittragen wollen.')
    expect(result).not.toContain('Wir melden uns bei Ihnen, um alles Weitere zu besprechen.')
    await waitForMail('partner@e2e.example', /^Ihre Erklärung zur Kooperationspartnerschaft/)
  })
})
