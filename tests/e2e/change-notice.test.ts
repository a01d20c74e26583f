import { describe, expect, it } from 'vitest'

import { createPublishedEvent, staffApi } from './support/api'
import { logIn, useBrowser } from './support/browser'

const { openPage } = useBrowser()

const noticesOf = async (eventId: number) => {
  const admin = await staffApi('admin')
  return (
    await admin.call('GET', `/event-notices?where[event][equals]=${eventId}&sort=createdAt&depth=0`)
  ).json.docs as { kind: string; informed: boolean; text?: string; changes: { after: string }[] }[]
}

describe('an editor changes a published event that people registered for', () => {
  it('is asked whether to inform them, sees the count and the mail, and the choice is recorded', async () => {
    const event = await createPublishedEvent({
      title: 'Werkstattgespräch Mitteilung',
      slug: 'werkstattgespraech-mitteilung',
      capacity: 1,
    })
    const admin = await staffApi('admin')
    const form = (await admin.call('GET', '/forms?where[kind][equals]=registration&limit=1')).json
      .docs[0]
    for (const [name, email] of [
      ['Berta Bestätigt', 'berta@e2e.example'],
      ['Willi Warteliste', 'willi@e2e.example'],
    ])
      await admin.call('POST', '/form-submissions', {
        form: form.id,
        event: event.id,
        submissionData: [
          { field: 'name', value: name },
          { field: 'email', value: email },
          { field: 'persons', value: '1' },
        ],
      })

    const page = await openPage()
    await logIn(page, 'editor')
    await page.goto(`/admin/collections/events/${event.id}`)
    const room = page.locator('input[name="venue.room"]')
    await room.waitFor({ timeout: 60_000 })
    await room.fill('Raum 2.14')
    await page.getByRole('button', { name: 'Veröffentlichen' }).click()

    const dialog = page.getByRole('dialog', { name: 'Angemeldete über die Änderung informieren?' })
    await dialog.waitFor({ timeout: 30_000 })
    const text = await dialog.innerText()
    expect(text).toContain(
      'Die Änderung betrifft 2 angemeldete Personen (bestätigt und Warteliste).',
    )
    expect(text).toContain('Ort:')
    expect(text).toContain('Alte Schule, Raum 2.14, Kyritz')
    expect(text).toContain('Guten Tag Erika Beispiel')
    // Focus is in the dialog, so keyboard and screen reader users land on its question.
    await expect(page.evaluate(() => document.activeElement?.id ?? '')).resolves.toBe(
      'opr-notice-heading',
    )
    await dialog
      .getByLabel('Zusätzlicher Text der Koordinierungsstelle (freiwillig)')
      .fill('Bitte nutzen Sie den Seiteneingang.')
    await dialog.getByRole('button', { name: 'Speichern und informieren' }).click()
    await page
      .getByText(/erfolgreich/i)
      .first()
      .waitFor({ timeout: 30_000 })
    await expect(noticesOf(event.id)).resolves.toMatchObject([
      { kind: 'changed', informed: true, text: 'Bitte nutzen Sie den Seiteneingang.' },
    ])

    await room.fill('Aula')
    await page.getByRole('button', { name: 'Veröffentlichen' }).click()
    await dialog.waitFor({ timeout: 30_000 })
    await dialog.getByRole('button', { name: 'Speichern ohne Benachrichtigung' }).click()
    await page
      .getByText(/erfolgreich/i)
      .first()
      .waitFor({ timeout: 30_000 })
    await expect
      .poll(async () => (await noticesOf(event.id)).map((n) => n.informed), { timeout: 10_000 })
      .toEqual([true, false])
    const notices = await noticesOf(event.id)
    expect(notices[1]!.changes[0]!.after).toContain('Aula')
  })
})
