import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  submissionKindListHref,
  submissionKindLists,
} from '@/collections/FormSubmissions/kindLists'
import type { FormKind } from '@/domain/forms/kinds'

import { createPublishedEvent, staffApi } from './support/api'
import { logIn, useBrowser } from './support/browser'

const { openPage } = useBrowser()

type Coordinator = Awaited<ReturnType<typeof staffApi>>

/** Entered by the coordinator through the API, under the same rules as from the site. */
const submit = async (
  coordinator: Coordinator,
  kind: FormKind,
  answers: Record<string, string>,
  event?: number,
) => {
  const forms = await coordinator.call('GET', `/forms?where[kind][equals]=${kind}&limit=1&depth=0`)
  const form = forms.json.docs[0]
  const response = await coordinator.call('POST', '/form-submissions', {
    form: form.id,
    ...(event ? { event } : {}),
    submissionData: Object.entries(answers).map(([field, value]) => ({ field, value })),
  })
  if (response.status !== 201) throw new Error(`Einsendung nicht angelegt: ${response.status}`)
  return { id: response.json.doc.id as number, form }
}

/** What each kind's list shows as its column headings. */
const headings: Record<FormKind, string[]> = {
  registration: [
    'Eingegangen',
    'Name',
    'Organisation',
    'E-Mail',
    'Veranstaltung',
    'Personen',
    'Status',
    'Eingecheckt',
  ],
  partnership: ['Eingegangen', 'Organisation', 'Name', 'E-Mail', 'Telefon', 'Kommune', 'Status'],
  contact: ['Eingegangen', 'Name', 'E-Mail', 'Nachricht', 'Status'],
  barrier: [
    'Eingegangen',
    'Betroffene Seite oder Inhalt',
    'Nachricht',
    'Name',
    'E-Mail',
    'Status',
    'Antwort fällig bis',
  ],
}

/** One line of each kind; each leaves some columns empty. */
const marks: Record<FormKind, string> = {
  registration: 'Lina Listenprobe',
  partnership: 'Jugendclub Listenprobe',
  contact: 'Frage aus der Listenprobe',
  barrier: 'Barriere aus der Listenprobe',
}

const berlinMoment = /\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr/

/** axe on our own parts of an admin page only; Payload's own screens are not ours to fix here. */
const auditOurs = async (page: Page, selectors: string[]) => {
  let builder = new AxeBuilder({ page: page as never }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22aa',
  ])
  for (const selector of selectors) builder = builder.include(selector)
  const { violations } = await builder.analyze()
  expect(
    violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([])
}

let registrationId: number

beforeAll(async () => {
  const coordinator = await staffApi('coordinator')
  const event = await createPublishedEvent({
    title: 'Listenprobe',
    slug: 'listenprobe',
    capacity: 20,
  })
  registrationId = (
    await submit(
      coordinator,
      'registration',
      { name: marks.registration, email: 'lina@e2e.example', persons: '2', photos: 'true' },
      event.id,
    )
  ).id
  const partnership = await coordinator.call(
    'GET',
    '/forms?where[kind][equals]=partnership&limit=1&depth=0',
  )
  const optionOf = (name: string) =>
    partnership.json.docs[0].fields.find((field: { name?: string }) => field.name === name)
      .options[0].value as string
  await submit(coordinator, 'partnership', {
    organisation: marks.partnership,
    contactPerson: 'Paul Partner',
    email: 'paul@e2e.example',
    municipality: optionOf('municipality'),
    fieldOfWork: optionOf('fieldOfWork'),
  })
  await submit(coordinator, 'contact', {
    email: 'frage@e2e.example',
    message: marks.contact,
  })
  await submit(coordinator, 'barrier', {
    page: 'Startseite',
    message: marks.barrier,
    email: 'barriere@e2e.example',
  })
})

describe('the coordinator’s submission lists', () => {
  it('give each kind its own list and columns, with empty cells left empty', async () => {
    const page = await openPage()
    await logIn(page, 'coordinator')
    for (const list of submissionKindLists) {
      await expect(
        page.locator('.opr-nav-links').getByRole('link', { name: list.title }).count(),
      ).resolves.toBe(1)
      await page.goto(submissionKindListHref(list))
      const table = page.locator('.table table')
      await table.waitFor({ timeout: 60_000 })
      const shown = (await table.locator('thead th').allInnerTexts())
        .map((text) => text.trim())
        .filter(Boolean)
      expect(shown).toEqual(headings[list.kind])

      const body = await page.locator('body').innerText()
      expect(body).not.toContain('<Kein')
      expect(body).toContain(marks[list.kind])
      for (const other of submissionKindLists.filter(({ kind }) => kind !== list.kind))
        expect(body).not.toContain(marks[other.kind])
      const row = page.locator('tbody tr', { hasText: marks[list.kind] })
      await expect(row.innerText()).resolves.toMatch(berlinMoment)
      if (list.kind === 'registration') {
        // The event by its title once loaded, and nothing in its place before.
        await expect
          .poll(() => row.locator('td.cell-event').innerText(), { timeout: 30_000 })
          .toBe('Listenprobe')
        await expect(page.locator('body').innerText()).resolves.not.toContain('<Kein')
        // Not checked in: "nein", never "falsch"; no organisation: an empty cell.
        await expect(row.locator('td.cell-checkedIn').innerText()).resolves.toBe('nein')
        await expect(row.locator('td.cell-organisation').innerText()).resolves.toBe('')
      }
      await expect(page.locator('.opr-kind-lists [aria-current="page"]').innerText()).resolves.toBe(
        list.title,
      )
      await auditOurs(page, ['.opr-kind-lists', '.opr-list-tools', '.opr-nav-links'])
    }
  })

  it('show a submission with the form’s questions and German dates, and record a corrected address', async () => {
    const page = await openPage()
    await logIn(page, 'coordinator')
    await page.goto(`/admin/collections/form-submissions/${registrationId}`)
    const answers = page.locator('.opr-record table', { hasText: 'Alle Antworten' })
    await answers.waitFor({ timeout: 60_000 })
    const answersText = await answers.innerText()
    expect(answersText).toContain('Vor- und Nachname')
    expect(answersText).toContain(marks.registration)
    expect(answersText).not.toMatch(/\bphotos\b/)

    const consents = await page
      .locator('.opr-record table', { hasText: 'Freiwillige Einwilligungen' })
      .innerText()
    expect(consents).toContain('Fotos bei der Veranstaltung')
    expect(consents).toMatch(berlinMoment)
    const history = page.locator('.opr-record table', { hasText: 'Statusverlauf' })
    await expect(history.innerText()).resolves.toMatch(berlinMoment)
    await auditOurs(page, ['.opr-record'])

    await page.locator('#field-email').fill('lina.liste@e2e.example')
    await page.getByRole('button', { name: 'Speichern', exact: true }).first().click()
    await page
      .getByText(/erfolgreich/i)
      .first()
      .waitFor({ timeout: 30_000 })
    await page.reload()
    await history.waitFor({ timeout: 60_000 })
    await expect(history.innerText()).resolves.toContain(
      'Korrektur: E-Mail „lina@e2e.example“ → „lina.liste@e2e.example“',
    )
  })
})
