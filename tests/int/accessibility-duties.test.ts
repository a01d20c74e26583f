/**
 * Issue 7's public-sector duties beyond axe: the structured accessibility statement, "Barriere
 * melden" with its 30-day answer, Leichte Sprache and DGS pages, the Impressum's fields, the
 * footer on every page, and one link that revokes optional consents.
 */
import type { Payload } from 'payload'
import { createElement } from 'react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { statementSections } from '@/domain/accessibility/statement'
import { formatDate } from '@/domain/dates'
import { barrierAnswerDueDate } from '@/domain/feedback/barrierReports'
import { createToken } from '@/domain/tokens'
import { openBarrierReports } from '@/readiness/openBarrierReports'
import type { Form, FormSubmission, Page } from '@/payload-types'
import { findByConsentToken, revokeConsentsByToken } from '@/privacy/consents'

import { createApiClient } from '../helpers/api'
import {
  createEvent,
  createRegistrationForm,
  person,
  submissionBody,
  submitAsPublic,
} from '../helpers/forms'
import { tinyMp4 } from '../helpers/mp4'
import { testPayload } from '../helpers/payload'
import { renderHtml } from '../helpers/render'
import { type ReceivedMail, startMailSink } from '../helpers/smtpSink'
import { createStaff } from '../helpers/users'
import { workMailQueue } from '../helpers/mailQueue'

// Modules that load the Payload config are imported after the SMTP settings are in place.
let content: typeof import('@/lib/content')
let views: {
  PageView: typeof import('@/components/views/PageView').PageView
  SiteHeader: typeof import('@/components/SiteHeader').SiteHeader
  SiteFooter: typeof import('@/components/SiteFooter').SiteFooter
  BarrierReports: typeof import('@/components/admin/BarrierReports').BarrierReports
}
let sink: Awaited<ReturnType<typeof startMailSink>>
let payload: Payload
let api: Awaited<ReturnType<typeof createApiClient>>

beforeAll(async () => {
  sink = await startMailSink()
  payload = await testPayload()
  api = await createApiClient()
  content = await import('@/lib/content')
  views = {
    PageView: (await import('@/components/views/PageView')).PageView,
    SiteHeader: (await import('@/components/SiteHeader')).SiteHeader,
    SiteFooter: (await import('@/components/SiteFooter')).SiteFooter,
    BarrierReports: (await import('@/components/admin/BarrierReports')).BarrierReports,
  }
  const { seed } = await import('@/seed')
  await seed(payload, { demoAccounts: false, log: () => {} })
})

afterAll(() => sink.stop())

const sendQueued = () => workMailQueue(payload, { limit: 50 })
const mailTo = (address: string): ReceivedMail | undefined =>
  sink.received.find((m) => m.envelopeTo.includes(address))

const renderPage = async (slug: string) => {
  const page = (await content.findPage(slug)) as Page
  expect(page, slug).toBeTruthy()
  return renderHtml(
    createElement(views.PageView, {
      page,
      settings: await content.getSiteSettings(),
      partners: [],
    }),
  )
}

describe('the accessibility statement', () => {
  it('has every section the law names, with date, method, contact and the enforcement body', async () => {
    const html = await renderPage('barrierefreiheit')
    for (const title of statementSections) expect(html).toContain(`<h2>${title}</h2>`)
    expect(html).toContain('teilweise mit der BbgBITV und der BITV 2.0')
    expect(html).toContain('Video in Deutscher Gebärdensprache')
    expect(html).toMatch(/Diese Erklärung wurde am \d{1,2}\. \S+ \d{4} erstellt/)
    expect(html).toContain('Selbstbewertung')
    expect(html).toContain('href="/barriere-melden"')
    expect(html).toContain('href="mailto:Demokratie@opr.de"')
    expect(html).toContain('Durchsetzungsstelle für digitale Barrierefreiheit')
    expect(html).toContain(
      'href="https://msgiv.brandenburg.de/msgiv/de/beauftragte/landesbehindertenbeauftragte/durchsetzungsstelle"',
    )
  })

  it('cannot be saved without a required section', async () => {
    const page = (await content.findPage('barrierefreiheit')) as Page
    const statement = page.layout!.find((b) => b.blockType === 'accessibilityStatement')!
    await expect(
      payload.update({
        collection: 'pages',
        id: page.id,
        data: {
          layout: [{ ...statement, enforcement: { text: 'x', body: '', url: '' } }] as never,
        },
        context: { disableRevalidate: true },
      }),
    ).rejects.toThrow(/Durchsetzungsverfahren|Stelle|Website/)
  })
})

describe('the Impressum', () => {
  it('holds publisher, address, representative, e-mail, phone and who is responsible for content', async () => {
    // The seed leaves the representative to the county ("[bitte ergänzen]"): until the office
    // fills it in, the public page leaves that section out.
    expect(await renderPage('impressum')).not.toContain('<h2>Vertreten durch</h2>')
    const [page] = (
      await payload.find({ collection: 'pages', where: { slug: { equals: 'impressum' } } })
    ).docs
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: {
        layout: page.layout!.map((block) =>
          block.blockType === 'imprint' ? { ...block, representative: 'Landrat' } : block,
        ),
      },
      context: { disableRevalidate: true },
    })
    const html = await renderPage('impressum')
    for (const heading of [
      'Herausgeber',
      'Vertreten durch',
      'Kontakt',
      'Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV',
    ])
      expect(html).toContain(`<h2>${heading}</h2>`)
    expect(html).toContain('Virchowstr. 14-16')
    expect(html).toContain('href="tel:015758730872"')
  })
})

describe('the forms on the start page', () => {
  it('let browsers fill in name, e-mail, organisation and phone (autocomplete)', async () => {
    // (HTML attribute names are case-insensitive; React writes autoComplete)
    const inputs = [...(await renderPage('home')).matchAll(/<input[^>]*>/g)].map((m) =>
      m[0].toLowerCase(),
    )
    const filled = (name: string, token: string) =>
      inputs.filter(
        (tag) => tag.includes(`name="${name}"`) && tag.includes(`autocomplete="${token}"`),
      )
    expect(filled('name', 'name').length).toBeGreaterThan(0)
    expect(filled('email', 'email').length).toBeGreaterThan(0)
    expect(filled('organisation', 'organization').length).toBeGreaterThan(0)
    // every e-mail field of every form offers the address book
    expect(
      inputs
        .filter((t) => t.includes('type="email"'))
        .every((t) => t.includes('autocomplete="email"')),
    ).toBe(true)
  })
})

describe('header and footer of every page', () => {
  it('link Leichte Sprache and Gebärdensprache, Barriere melden, and carry the funding notice', async () => {
    const settings = await content.getSiteSettings()
    const header = await renderHtml(createElement(views.SiteHeader, { settings }))
    expect(header).toContain('href="/leichte-sprache"')
    expect(header).toContain('href="/gebaerdensprache"')
    const footer = await renderHtml(createElement(views.SiteFooter, { settings }))
    expect(footer).toContain('<a href="/barriere-melden">Barriere melden</a>')
    expect(footer).toContain('Demokratie leben!')
    expect(footer).toContain(settings.funding.ministryName)
  })

  it('leads to real pages: Leichte Sprache explains the site, DGS announces its video', async () => {
    const easy = await renderPage('leichte-sprache')
    for (const heading of [
      'Was finden Sie auf dieser Internet-Seite?',
      'Wie finden Sie sich auf der Seite zurecht?',
      'Barriere-Freiheit',
    ])
      expect(easy).toContain(heading)
    const dgs = await renderPage('gebaerdensprache')
    expect(dgs).toContain('wird derzeit erstellt')
    expect(dgs).not.toContain('<video')
  })
})

describe('the DGS video', () => {
  it('shows duration, size, captions and a download once the office uploads it', async () => {
    const video = await payload.create({
      collection: 'media',
      data: { alt: 'Gebärdensprachvideo zur Website' },
      file: {
        data: tinyMp4(83),
        mimetype: 'video/mp4',
        name: 'dgs-test.mp4',
        size: tinyMp4(83).length,
      },
    })
    expect(video.duration).toBe(83)
    const vtt = Buffer.from('WEBVTT\n\n00:00.000 --> 00:02.000\nWillkommen\n')
    const captions = await payload.create({
      collection: 'media',
      data: { alt: 'Untertitel' },
      file: { data: vtt, mimetype: 'text/vtt', name: 'dgs-test.vtt', size: vtt.length },
    })
    try {
      const page = (await content.findPage('gebaerdensprache')) as Page
      await payload.update({
        collection: 'pages',
        id: page.id,
        data: {
          layout: page.layout!.map((block) =>
            block.blockType === 'signLanguageVideo'
              ? { ...block, video: video.id, captions: captions.id }
              : block,
          ) as never,
        },
        context: { disableRevalidate: true },
      })
      const html = await renderPage('gebaerdensprache')
      expect(html).toContain('<video controls="" preload="metadata"')
      expect(html).toMatch(
        /<track kind="captions" src="[^"]+dgs-test\.vtt" srcLang="de" label="Deutsch"/,
      )
      expect(html).toContain('Dauer: 1:23 Min.')
      expect(html).toMatch(/Video herunterladen \(MP4, \d+ Byte\)/)
      expect(html).toContain('Untertitel herunterladen (WebVTT)')
      expect(html).not.toContain('wird derzeit erstellt')
    } finally {
      await payload.delete({ collection: 'media', id: video.id })
      await payload.delete({ collection: 'media', id: captions.id })
    }
  })
})

describe('Barriere melden', () => {
  let form: Form
  let report: FormSubmission

  beforeAll(async () => {
    form = (
      await payload.find({ collection: 'forms', where: { kind: { equals: 'barrier' } }, limit: 1 })
    ).docs[0]!
  })

  it('stores the report with an answer due in 30 days and acknowledges it by mail', async () => {
    const response = await api.request('POST', '/form-submissions', {
      body: submissionBody(payload, form, {
        page: '/veranstaltungen',
        message: 'Der Link zum Kalender wird vom Bildschirmleser nicht vorgelesen.',
        email: 'melderin@test.example',
      }),
    })
    expect(response.status).toBe(201)
    // The public gets a receipt naming the kind; the stored report is read as the office sees it.
    expect(response.json.doc).toEqual({ kind: 'barrier' })
    report = (
      await payload.find({
        collection: 'form-submissions',
        where: { email: { equals: 'melderin@test.example' } },
        limit: 1,
      })
    ).docs[0]!
    expect(report.kind).toBe('barrier')
    expect(report.pageReference).toBe('/veranstaltungen')
    expect(report.dueAt).toBe(barrierAnswerDueDate(new Date(report.createdAt)).toISOString())

    await sendQueued()
    const mail = mailTo('melderin@test.example')
    expect(mail?.parsed.subject).toBe('Ihre Meldung einer Barriere ist eingegangen')
    expect(mail?.parsed.text).toContain(`spätestens bis zum ${formatDate(report.dueAt!)}`)
    expect(mail?.parsed.text).toContain(`Antwort bis: ${formatDate(report.dueAt!)}`)
  })

  it('is shown to coordinators until answered, and to nobody else', async () => {
    const coordinator = await createStaff(payload, 'coordinator')
    const open = await openBarrierReports(payload, coordinator.user)
    expect(open.map((r) => r.id)).toContain(report.id)
    const html = await renderHtml(createElement(views.BarrierReports, { reports: open }))
    expect(html).toContain('/veranstaltungen')
    expect(html).toContain('noch 30 Tage')

    const editor = await createStaff(payload, 'editor')
    await expect(openBarrierReports(payload, editor.user)).rejects.toThrow()
    const anonymous = await api.request('GET', '/form-submissions?where[kind][equals]=barrier')
    expect(anonymous.status).toBe(403)

    await payload.update({
      collection: 'form-submissions',
      id: report.id,
      data: { status: 'done' },
      overrideAccess: false,
      user: coordinator.user,
    })
    expect((await openBarrierReports(payload, coordinator.user)).map((r) => r.id)).not.toContain(
      report.id,
    )
  })
})

describe('optional consents', () => {
  it('come with one link in the mail that revokes them all, and only them', async () => {
    const registration = await createRegistrationForm(payload)
    const event = await createEvent(payload, registration, { capacity: null })
    const withConsent = await submitAsPublic(
      payload,
      registration,
      { ...person(71), photos: true },
      event,
    )
    const without = await submitAsPublic(payload, registration, person(72), event)
    await sendQueued()

    const link = mailTo('person71@test.example')?.parsed.text?.match(
      /https?:\/\/\S+\/einwilligung\/widerrufen\?token=(\S+)/,
    )
    expect(link).toBeTruthy()
    expect(mailTo('person72@test.example')?.parsed.text).not.toContain('/einwilligung/widerrufen')

    const token = link![1]!
    const found = await findByConsentToken(payload, token)
    expect(found.ok && found.submission.id).toBe(withConsent.id)
    const revoked = await revokeConsentsByToken(payload, token)
    const consents = revoked.ok ? revoked.submission.consents : []
    expect(consents).toHaveLength(1)
    expect(consents![0]!.purpose).toBe('photos')
    expect(consents![0]!.revokedAt).toBeTruthy()
    // the registration itself is untouched
    expect(revoked.ok && revoked.submission.status).toBe('confirmed')

    // a second click changes nothing; a cancellation token opens nothing here
    const again = await revokeConsentsByToken(payload, token)
    expect(again.ok && again.submission.consents![0]!.revokedAt).toBe(consents![0]!.revokedAt)
    const cancelToken = createToken(
      { purpose: 'cancel', subject: String(without.id), expiresAt: new Date(Date.now() + 864e5) },
      payload.secret,
    )
    expect(await findByConsentToken(payload, cancelToken)).toEqual({
      ok: false,
      problem: 'purpose',
    })
  })
})
