import { describe, expect, it } from 'vitest'

import { createPublishedEvent } from './support/api'
import { audit } from './support/audit'
import { useBrowser } from './support/browser'
import { cancellationLinkIn, waitForMail } from './support/mail'

const { openPage } = useBrowser()

describe('a registered person changes their registration through the link in their mail', () => {
  it('without JavaScript: more persons, support needs, a refusal beyond the seats, a new mail', async () => {
    await createPublishedEvent({
      title: 'Werkstatt Ehrenamt',
      slug: 'werkstatt-ehrenamt',
      capacity: 3,
    })
    const page = await openPage({ javaScript: false })
    await page.goto('/veranstaltungen/werkstatt-ehrenamt')
    await page.fill('#anmeldung input[name="name"]', 'Selbst Ändernde')
    await page.fill('#anmeldung input[name="email"]', 'selbst@e2e.example')
    await page.waitForTimeout(1200)
    await page.click('#anmeldung button[type="submit"]')
    await page.waitForSelector('.form-result h3')
    // The seat line shows the count after this booking, not the one the page was shown with.
    await expect(page.locator('#anmeldung').innerText()).resolves.toContain('Noch 2 Plätze frei.')
    const mail = await waitForMail('selbst@e2e.example', /^Ihre Anmeldung:/)

    const own = await openPage({ javaScript: false })
    await own.goto(cancellationLinkIn(mail))
    await expect(own.locator('h1').innerText()).resolves.toBe('Ihre Anmeldung')
    await own.fill('input[name="persons"]', '3')
    await own.fill('textarea[name="supportNeeds"]', 'Bitte einen Platz nahe der Tür.')
    await own.click('button:text("Änderung speichern")')
    await own.waitForSelector('p[role="status"]')
    await expect(own.locator('p[role="status"]').innerText()).resolves.toContain(
      'Ihre Änderung ist gespeichert',
    )
    const facts = await own.locator('dl.facts').innerText()
    expect(facts).toMatch(/Personen\s+3/)
    expect(facts).toContain('Bitte einen Platz nahe der Tür.')
    const changed = await waitForMail('selbst@e2e.example', /^Ihre Anmeldung wurde geändert:/)
    expect(changed.text).toContain('Personen: 3')
    expect(cancellationLinkIn(changed)).toContain('/anmeldung/abmelden?token=')

    // Three seats, all held by this group: four persons do not fit, and nothing changes.
    await own.fill('input[name="persons"]', '4')
    await own.click('button:text("Änderung speichern")')
    await own.waitForSelector('.form__summary')
    await expect(own.locator('.form__summary').innerText()).resolves.toContain(
      'Für 4 Personen sind nicht genug Plätze frei; möglich wären höchstens 3 Personen. Ihre Anmeldung für 3 Personen bleibt unverändert bestehen.',
    )
    expect(await own.inputValue('input[name="persons"]')).toBe('4')
    await expect(own.locator('dl.facts').innerText()).resolves.toMatch(/Personen\s+3/)

    const check = await openPage()
    await check.goto(cancellationLinkIn(changed))
    await audit(check)
  })
})

describe('the seat line after a booking', () => {
  it('with JavaScript shows the free seats after this booking, not those the page was shown with', async () => {
    await createPublishedEvent({ title: 'Runder Tisch', slug: 'runder-tisch', capacity: 5 })
    const page = await openPage()
    await page.goto('/veranstaltungen/runder-tisch')
    await expect(page.locator('#anmeldung').innerText()).resolves.toContain('Noch 5 Plätze frei.')
    await page.fill('#anmeldung input[name="name"]', 'Mit Skript')
    await page.fill('#anmeldung input[name="email"]', 'mit-skript@e2e.example')
    await page.fill('#anmeldung input[name="persons"]', '2')
    await page.waitForTimeout(1200)
    await page.click('#anmeldung button[type="submit"]')
    await page.waitForSelector('.form-result h3')
    const section = await page.locator('#anmeldung').innerText()
    expect(section).toContain('Noch 3 Plätze frei.')
    expect(section).not.toContain('Noch 5 Plätze frei.')
  })
})
