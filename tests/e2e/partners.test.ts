import AxeBuilder from '@axe-core/playwright'
import { describe, expect, it } from 'vitest'

import { staffApi } from './support/api'
import { logIn, useBrowser } from './support/browser'
import { waitForMail } from './support/mail'

const { openPage } = useBrowser()

const organisation = 'Kulturverein Probelauf Rheinsberg'
const declarant = 'kulturverein@e2e.example'

/** The partner page as a visitor sees it, fetched fresh each time. */
const partnerPageShows = async (page: Awaited<ReturnType<typeof openPage>>) => {
  await page.goto('/partner')
  return (await page.locator('main').innerText()).includes(organisation)
}

describe('declaration → partner entry → public listing → withdrawal', () => {
  it('takes a declaration to the partner page and off it again', async () => {
    const coordinator = await staffApi('coordinator')
    const forms = await coordinator.call('GET', '/forms?where[kind][equals]=partnership&limit=1')
    const answers = {
      organisation,
      contactPerson: 'Rita Rheinsberg',
      email: declarant,
      municipality: 'Rheinsberg',
      fieldOfWork: 'Zivilgesellschaft / Verein',
      publicListing: 'true',
    }
    const declared = await coordinator.call('POST', '/form-submissions', {
      form: forms.json.docs[0].id,
      submissionData: Object.entries(answers).map(([field, value]) => ({ field, value })),
    })
    expect(declared.status).toBe(201)
    const declarationId = declared.json.doc.id as number

    // The coordinator's one action in the declaration's detail view.
    const page = await openPage()
    await logIn(page, 'coordinator')
    await page.goto(`/admin/collections/form-submissions/${declarationId}`)
    const action = page.getByRole('button', { name: 'Als Partnereintrag anlegen (Entwurf)' })
    await action.waitFor({ timeout: 60_000 })
    const { violations } = await new AxeBuilder({ page: page as never })
      .include('.opr-partner-draft')
      .analyze()
    expect(violations.map((v) => v.id)).toEqual([])
    await action.click()
    await expect(page.locator('.opr-partner-draft [role="status"]').innerText()).resolves.toContain(
      'Partnereintrag als Entwurf angelegt',
    )
    const link = page.getByRole('link', { name: /Partnereintrag öffnen/ })
    await link.waitFor()
    const partnerId = Number((await link.getAttribute('href'))!.split('/').pop())

    const visitor = await openPage()
    expect(await partnerPageShows(visitor)).toBe(false)

    // The editor publishes; the declarant is told, with the link to withdraw.
    const editor = await staffApi('editor')
    expect((await editor.call('PATCH', `/partners/${partnerId}`, { isPublic: true })).status).toBe(
      200,
    )
    expect(await partnerPageShows(visitor)).toBe(true)
    const mail = await waitForMail(declarant, /als Kooperationspartner:in genannt/)
    const revocation = mail.text?.match(/https?:\/\/\S+\/einwilligung\/widerrufen\?token=\S+/)?.[0]
    expect(revocation).toBeTruthy()

    // Withdrawing the consent takes the organisation off the page at once.
    await visitor.goto(new URL(revocation!).pathname + new URL(revocation!).search)
    await visitor.getByRole('button', { name: 'Alle Einwilligungen widerrufen' }).click()
    await visitor.getByRole('heading', { name: 'Ihre Einwilligungen sind widerrufen' }).waitFor()
    expect(await partnerPageShows(visitor)).toBe(false)
  })
})
