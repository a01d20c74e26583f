import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { staffApi } from './support/api'
import { logIn, useBrowser } from './support/browser'

const { openPage } = useBrowser()

describe('an editor in the German admin', () => {
  it('edits the invitation text and the programme, publishes, and the public page shows it', async () => {
    const page = await openPage()
    await logIn(page, 'editor')
    await expect(page.locator('body').innerText()).resolves.toContain('Veranstaltungen')

    // The invitation letter on the start page: a sentence added at the start of its first text block.
    const admin = await staffApi('editor')
    const home = (await admin.call('GET', '/pages?where[slug][equals]=home&depth=0')).json.docs[0]
    await page.goto(`/admin/collections/pages/${home.id}`)
    const editor = page.locator('[contenteditable="true"]').first()
    await editor.waitFor({ timeout: 60_000 })
    await editor.click()
    await page.keyboard.press('Control+Home')
    await page.keyboard.type('Neu: Wir freuen uns auf Ihre Ideen. ')
    await page.getByRole('button', { name: 'Veröffentlichen' }).click()
    await page
      .getByText(/erfolgreich/i)
      .first()
      .waitFor({ timeout: 30_000 })

    // The example event's programme: the first item gets a new title.
    const event = (
      await admin.call(
        'GET',
        '/events?where[slug][equals]=beispielveranstaltung-netzwerktreffen&depth=0',
      )
    ).json.docs[0]
    await page.goto(`/admin/collections/events/${event.id}`)
    await page.getByRole('button', { name: 'Programm', exact: true }).click()
    const firstTitle = page.locator('input[name="programme.0.title"]')
    await firstTitle.waitFor({ timeout: 60_000 })
    // A start after the event's end is marked at that item's own field, with the rule.
    const firstStart = page.locator('input[name="programme.0.startTime"]')
    const startBefore = await firstStart.inputValue()
    // Payload checks the form on the server while one types (a server action); the test lets
    // that check come back first, as a person's pause would, so the mark it sees is the save's.
    const formChecked = page
      .waitForResponse(
        (r) => r.request().method() === 'POST' && !!r.request().headers()['next-action'],
        {
          timeout: 10_000,
        },
      )
      .catch(() => undefined)
    await firstStart.fill('23:30')
    await formChecked
    await page.waitForTimeout(1000)
    await page.getByRole('button', { name: 'Veröffentlichen' }).click()
    const marked = page.locator('.field-type.error', { has: firstStart })
    await marked.waitFor({ timeout: 30_000 })
    await expect(marked.locator('.field-error').textContent()).resolves.toMatch(
      /^Beginn 23:30 Uhr liegt nach dem Ende der Veranstaltung \(\d\d:\d\d Uhr\)\.$/,
    )
    await firstStart.fill(startBefore)
    await firstTitle.fill('Begrüßung durch die Landrätin')
    await page.getByRole('button', { name: 'Veröffentlichen' }).click()
    await page
      .getByText(/erfolgreich/i)
      .first()
      .waitFor({ timeout: 30_000 })

    const visitor = await openPage()
    await visitor.goto('/')
    await expect(visitor.locator('main').innerText()).resolves.toContain(
      'Neu: Wir freuen uns auf Ihre Ideen.',
    )
    await visitor.goto('/veranstaltungen/beispielveranstaltung-netzwerktreffen')
    await expect(visitor.locator('#programm').locator('xpath=..').innerText()).resolves.toContain(
      'Begrüßung durch die Landrätin',
    )
  })
})

describe('the reminder settings of an event', () => {
  it('say when the reminder goes out for this event', async () => {
    const page = await openPage()
    await logIn(page, 'editor')
    const admin = await staffApi('editor')
    const event = (
      await admin.call(
        'GET',
        '/events?where[slug][equals]=beispielveranstaltung-netzwerktreffen&depth=0',
      )
    ).json.docs[0]
    await page.goto(`/admin/collections/events/${event.id}`)
    await page.getByRole('button', { name: 'Anmeldung und Kontakt', exact: true }).click()
    const note = page.getByText(/^Versand am .+ an alle bestätigten Personen/)
    await note.waitFor({ timeout: 60_000 })
    const days = page.locator('input[name="registration.reminder.daysBefore"]')
    const before = await note.innerText()
    await days.fill('5')
    await expect.poll(() => note.innerText()).not.toBe(before)
  })
})

/** "du" and its forms, and the du-imperatives Payload's German used to greet editors with. */
const duForm =
  /(?<!\p{L})(du|dich|dir|dein\p{L}*|Erstelle|Gib|Wähle|Klicke|Speichere|Bist|Beginne)(?!\p{L})/iu

/** Visible text and screen-reader labels of the admin page as it stands. */
const spokenText = (page: Page) =>
  page.evaluate(() =>
    [
      document.body.innerText,
      ...[...document.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label')),
    ].join('\n'),
  )

describe('the admin speaks German with "Sie"', () => {
  it('on the dashboard, in an event and when creating one, date picker included', async () => {
    const page = await openPage()
    await logIn(page, 'editor')
    const event = (await (await staffApi('editor')).call('GET', '/events?limit=1&depth=0')).json
      .docs[0]
    for (const path of [
      '/admin',
      `/admin/collections/events/${event.id}`,
      '/admin/collections/events/create',
    ]) {
      await page.goto(path)
      await page
        .locator(path === '/admin' ? '.dashboard' : 'input[name="title"]')
        .waitFor({ timeout: 60_000 })
      const text = await spokenText(page)
      expect(text.match(duForm), path).toBeNull()
      expect(text, path).not.toContain('[object Object]')
    }
    // The date input itself, not the timezone picker's hidden combobox in the same field.
    await page.locator('#field-start .react-datepicker__input-container input').click()
    await expect(page.locator('.react-datepicker__header--time').innerText()).resolves.toBe(
      'Uhrzeit',
    )
  })
})

describe('a coordinator in the admin', () => {
  it('finds a registration, changes its status, checks a person in and exports CSV', async () => {
    // Two registrations through the public form's API, so there is something to manage.
    const editor = await staffApi('admin')
    const event = (
      await editor.call(
        'GET',
        '/events?where[slug][equals]=beispielveranstaltung-netzwerktreffen&depth=0',
      )
    ).json.docs[0]
    const form = (await editor.call('GET', '/forms?where[kind][equals]=registration&limit=1')).json
      .docs[0]
    for (const [name, email] of [
      ['Käthe Koordiniert', 'kaethe@e2e.example'],
      ['Otto Storniert', 'otto@e2e.example'],
    ])
      await editor.call('POST', '/form-submissions', {
        form: form.id,
        event: event.id,
        submissionData: [
          { field: 'name', value: name },
          { field: 'email', value: email },
          { field: 'persons', value: '1' },
        ],
      })

    const page = await openPage()
    await logIn(page, 'coordinator')
    await expect(page.locator('.opr-overview').innerText()).resolves.toContain('Personen bestätigt')

    // Find Otto by search and cancel his registration.
    await page.goto('/admin/collections/form-submissions?search=otto')
    const rows = page.locator('table tbody tr')
    await expect(rows.count()).resolves.toBe(1)
    // the row's first cell (when it came in) opens the submission
    await rows.first().getByRole('link').first().click()
    await page.waitForURL(/form-submissions\/\d+/, { waitUntil: 'commit' })
    await page.locator('#field-status .rs__control').click()
    await page
      .locator('.rs__option')
      .filter({ hasText: /^storniert$/ })
      .click()
    await page.getByRole('button', { name: 'Speichern' }).click()
    await page
      .getByText(/erfolgreich/i)
      .first()
      .waitFor({ timeout: 30_000 })
    const coordinator = await staffApi('coordinator')
    const otto = (
      await coordinator.call('GET', '/form-submissions?where[email][equals]=otto@e2e.example')
    ).json.docs[0]
    expect(otto.status).toBe('cancelled')
    expect(otto.statusHistory.at(-1)).toMatchObject({ from: 'confirmed', to: 'cancelled' })

    // Check Käthe in on the participant list.
    await page.goto(`/admin/teilnehmerliste/${event.id}`)
    await page.getByRole('button', { name: 'Käthe Koordiniert einchecken' }).click()
    await page
      .getByRole('button', { name: 'Check-in von Käthe Koordiniert zurücknehmen' })
      .waitFor()
    const kaethe = (
      await coordinator.call(
        'GET',
        '/form-submissions?where[email][equals]=kaethe@e2e.example&depth=0',
      )
    ).json.docs[0]
    expect(kaethe.checkedIn).toBe(true)
    expect(kaethe.checkedInBy).toBeTruthy()

    // Export the list as CSV.
    await page.goto('/admin/collections/form-submissions')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV (Excel)' }).click(),
    ])
    const csv = await readFile((await download.path())!)
    expect(csv.subarray(0, 3).toString('hex')).toBe('efbbbf')
    expect(csv.toString('utf8')).toContain('Käthe Koordiniert')
  })
})
