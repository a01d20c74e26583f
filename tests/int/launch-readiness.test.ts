import type { Payload } from 'payload'
import { createElement } from 'react'
import sharp from 'sharp'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LaunchReadiness } from '@/components/admin/LaunchReadiness'
import { withoutPlaceholders } from '@/domain/placeholders'
import type { Page, User } from '@/payload-types'
import { launchItems } from '@/readiness/launchItems'
import { seed } from '@/seed'

import { noRevalidate } from '../helpers/context'
import { createEvent } from '../helpers/forms'
import { testPayload } from '../helpers/payload'
import { renderHtml } from '../helpers/render'
import { createStaff } from '../helpers/users'

let payload: Payload
let editor: User
let coordinator: User
let admin: User
const day = 24 * 60 * 60 * 1000
const uploaded: string[] = []

const pageBySlug = async (slug: string) =>
  (await payload.find({ collection: 'pages', where: { slug: { equals: slug } }, limit: 1 }))
    .docs[0] as Page

const kindsFor = async (user: User, now = new Date()) =>
  (await launchItems(payload, user, now)).map((item) => item.kind)

const textsFor = async (user: User, now = new Date()) =>
  (await launchItems(payload, user, now)).map((item) => item.text)

const panelHtml = (user: User) =>
  renderHtml(createElement(LaunchReadiness, { payload, user: { ...user, collection: 'users' } }))

const logo = async (alt: string) => {
  const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#0b4f9c' } })
    .png()
    .toBuffer()
  const name = `startklar-${uploaded.length}.png`
  const doc = await payload.create({
    collection: 'media',
    data: { alt },
    file: { data: png, mimetype: 'image/png', name, size: png.length },
  })
  uploaded.push(doc.filename ?? name)
  return doc
}

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoAccounts: false, log: () => {} })
  // The first account is always an admin; the others get the role asked for.
  admin = (await createStaff(payload, 'admin')).user as User
  editor = (await createStaff(payload, 'editor')).user as User
  coordinator = (await createStaff(payload, 'coordinator')).user as User
})

afterAll(async () => {
  await Promise.all(uploaded.map((file) => rm(path.resolve('media', file), { force: true })))
})

describe('the "Startklar?" panel', () => {
  it('lists what the seed leaves open, each with a link to fix it', async () => {
    const items = await launchItems(payload, editor)
    const kinds = items.map((item) => item.kind)
    expect(kinds.filter((kind) => kind === 'fundingLogo')).toHaveLength(2)
    expect(kinds).toContain('exampleData')
    expect(kinds).toContain('pastFeaturedEvent')
    const impressum = await pageBySlug('impressum')
    expect(items).toContainEqual({
      kind: 'placeholder',
      text: expect.stringContaining(
        'Seite „Impressum“, Impressumsangaben › Vertreten durch: Platzhalter „Landrätin oder Landrat des Landkreises Ostprignitz-Ruppin“',
      ),
      href: `/admin/collections/pages/${impressum.id}`,
      linkLabel: 'Seite „Impressum“ bearbeiten',
    })
    const texts = items.map((item) => item.text).join('\n')
    expect(texts).toContain('Seite „Datenschutzerklärung“, Text: Platzhalter „Namen und Sitz')
    expect(texts).toContain('Seite „Erklärung zur Barrierefreiheit“')
    expect(items.every((item) => item.href && item.linkLabel)).toBe(true)
  })

  it('is shown to admins and editors, as a list of links under a heading, not to coordinators', async () => {
    const html = await panelHtml(editor)
    expect(html).toContain('<h2 id="opr-ready">Startklar?</h2>')
    expect(html).toMatch(/<h3>Beispieldaten<\/h3><ul[^>]*><li>Beispielveranstaltung/)
    expect(html).toMatch(/<a href="\/admin\/collections\/events\/\d+">„Beispielveranstaltung/)
    expect(await panelHtml(admin)).toContain('Startklar?')
    expect(await panelHtml(coordinator)).toBe('')
  })

  it('names a marker in a form’s texts (they reach the page and the mails), and drops it when filled in', async () => {
    const { docs } = await payload.find({ collection: 'forms', limit: 1, depth: 0 })
    const form = docs[0]!
    await payload.update({
      collection: 'forms',
      id: form.id,
      data: { submitButtonLabel: 'Absenden [bitte ergänzen: Text des Knopfs]' },
      context: noRevalidate,
    })
    const marked = (await textsFor(editor)).filter((text) =>
      text.startsWith(`Formular „${form.title}“`),
    )
    expect(marked).toHaveLength(1)
    expect(marked[0]).toContain('Platzhalter „Text des Knopfs“')
    await payload.update({
      collection: 'forms',
      id: form.id,
      data: { submitButtonLabel: form.submitButtonLabel ?? 'Absenden' },
      context: noRevalidate,
    })
    expect((await textsFor(editor)).some((text) => text.startsWith('Formular „'))).toBe(false)
  })

  it('drops each item once it is fixed', async () => {
    for (const slug of ['impressum', 'datenschutz', 'barrierefreiheit']) {
      const page = await pageBySlug(slug)
      const layout = page.layout!.map((block) =>
        block.blockType === 'imprint'
          ? { ...block, representative: 'Landrat', responsibleForContent: 'Pressestelle' }
          : block,
      )
      await payload.update({
        collection: 'pages',
        id: page.id,
        data: { layout: withoutPlaceholders(layout) },
        context: noRevalidate,
      })
    }
    expect(await kindsFor(editor)).not.toContain('placeholder')

    const ministry = await logo('[bitte ergänzen: Alternativtext]')
    const programme = await logo('Logo „Demokratie leben!“')
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { funding: { ministryLogo: ministry.id, programmeLogo: programme.id } },
      context: noRevalidate,
    })
    expect(await kindsFor(editor)).not.toContain('fundingLogo')
    expect(await textsFor(editor)).toContain(
      'Förderhinweis: Logo des Ministeriums hat keinen Alternativtext.',
    )
    await payload.update({
      collection: 'media',
      id: ministry.id,
      data: { alt: 'Logo des Bundesministeriums' },
    })
    expect(await kindsFor(editor)).not.toContain('altText')

    const example = (
      await payload.find({ collection: 'events', where: { isExample: { equals: true } } })
    ).docs[0]!
    await payload.delete({ collection: 'events', id: example.id, context: noRevalidate })
    expect(await kindsFor(editor)).not.toContain('exampleData')

    const form = (
      await payload.find({ collection: 'forms', where: { kind: { equals: 'registration' } } })
    ).docs[0]!
    const next = await createEvent(payload, form, { startsInDays: 90 })
    const home = await pageBySlug('home')
    await payload.update({
      collection: 'pages',
      id: home.id,
      data: {
        layout: home.layout!.map((block) => {
          if (block.blockType === 'eventDetails' || block.blockType === 'registrationForm')
            return { ...block, event: next.id }
          if (block.blockType === 'hero')
            return {
              ...block,
              links: block.links!.map((link) =>
                link.reference
                  ? { ...link, reference: { relationTo: 'events', value: next.id } }
                  : link,
              ),
            }
          return block
        }) as Page['layout'],
      },
      context: noRevalidate,
    })
    expect(await kindsFor(editor)).toEqual([])
    expect(await panelHtml(editor)).toContain('Alles startklar.')
  })

  it('names an unanswered barrier report once it is overdue, with a link only for those who answer it', async () => {
    const form = (
      await payload.find({ collection: 'forms', where: { kind: { equals: 'barrier' } } })
    ).docs[0]!
    const report = await payload.create({
      collection: 'form-submissions',
      data: {
        form: form.id,
        submissionData: [
          { field: 'page', value: '/veranstaltungen' },
          { field: 'email', value: 'melder@test.example' },
          { field: 'message', value: 'Der Kalenderlink wird nicht vorgelesen.' },
        ],
      },
    })
    const later = new Date(Date.now() + 40 * day)
    expect(await kindsFor(coordinator)).toEqual([])
    expect(await kindsFor(editor, new Date(Date.now() + 29 * day))).toEqual([])

    const [forAdmin] = await launchItems(payload, admin, later)
    expect(forAdmin).toMatchObject({
      kind: 'overdueBarrierReport',
      href: `/admin/collections/form-submissions/${report.id}`,
    })
    const [forEditor] = await launchItems(payload, editor, later)
    expect(forEditor).toEqual({
      kind: 'overdueBarrierReport',
      text: 'Eine Barriere-Meldung ist seit über 30 Tagen unbeantwortet. Die Koordination beantwortet sie.',
    })

    await payload.update({
      collection: 'form-submissions',
      id: report.id,
      data: { status: 'done' },
    })
    expect(await kindsFor(admin, later)).toEqual([])
  })
})
