import { describe, expect, it } from 'vitest'

import { createPublishedEvent, staffApi } from './support/api'
import { logIn, useBrowser } from './support/browser'
import { waitForMail } from './support/mail'

const { openPage } = useBrowser()

describe('a coordinator writes to the registrants of an event', () => {
  it('opens the message from the event, sees whom it reaches and a preview, tests, then sends', async () => {
    const event = await createPublishedEvent({
      title: 'Nachrichtentest',
      slug: 'nachrichtentest',
      capacity: null,
    })
    const page = await openPage()
    await logIn(page, 'coordinator')
    await page.goto(`/admin/collections/events/${event.id}`)
    await page.getByRole('button', { name: 'Mitteilungen', exact: true }).click()
    await page.getByRole('link', { name: 'Nachricht an Angemeldete schreiben' }).click()
    await page.waitForURL(/event-notices\/create\?event=/)

    await page.locator('input[name="subject"]').fill('Bitte mitbringen: {{veranstaltung}}')
    await page.locator('textarea[name="text"]').fill('Guten Tag {{name}}, bitte Stift mitbringen.')
    await page.getByText(/Geht an \d+ Person/).waitFor({ timeout: 30_000 })
    await page.getByText('Betreff: Bitte mitbringen: Nachrichtentest').waitFor()
    const preview = page.frameLocator('iframe[title="Vorschau der E-Mail"]')
    await preview.getByText('Guten Tag Erika Beispiel').waitFor({ timeout: 10_000 })

    // Scrolling down turns the admin's header sticky and moves the page under the pointer: the
    // click waits until that has settled, as a person's would.
    const testButton = page.getByRole('button', { name: 'Test an mich senden' })
    await testButton.scrollIntoViewIfNeeded()
    await page.waitForTimeout(500)
    const answered = page.waitForResponse(/\/api\/event-notices\/test/, { timeout: 20_000 })
    await testButton.click()
    const testResponse = await answered
    expect(testResponse.status(), await testResponse.text()).toBe(200)
    await page.getByText(/Die Test-E-Mail an .* ist im Postausgang/).waitFor({ timeout: 10_000 })
    const coordinator = (await staffApi('coordinator')).account.email
    const test = await waitForMail(coordinator, /^\[Test\] Bitte mitbringen: Nachrichtentest$/)
    expect(test.text).toContain('Guten Tag Erika Beispiel')

    await page.getByRole('button', { name: 'Speichern' }).click()
    await page
      .getByText(/Niemand zu benachrichtigen|versendet|Wird vorbereitet/)
      .first()
      .waitFor({
        timeout: 30_000,
      })
    const notices = await (
      await staffApi('coordinator')
    ).call(
      'GET',
      `/event-notices?where[event][equals]=${event.id}&where[test][equals]=false&depth=0`,
    )
    expect(notices.json.docs).toHaveLength(1)
    expect(notices.json.docs[0]).toMatchObject({ kind: 'message', informed: true })
  })
})
