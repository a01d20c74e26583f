import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import sharp from 'sharp'
import { describe, expect, inject, it } from 'vitest'

import { withoutPlaceholders } from '@/domain/placeholders'

import { createPublishedEvent, staffApi } from './support/api'
import { logIn, useBrowser } from './support/browser'
import { uploadMedia } from './support/upload'

const { openPage } = useBrowser()
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

type Block = { blockType: string; links?: { reference?: unknown }[] }
type Doc = { id: number; layout?: Block[] } & Record<string, unknown>

const panel = (page: Page) => page.locator('section.opr-ready')

const openItems = async (page: Page) => {
  await page.goto('/admin')
  await panel(page).getByRole('heading', { name: 'Startklar?' }).waitFor({ timeout: 60_000 })
  return panel(page).locator('li').allInnerTexts()
}

const tinyPng = () =>
  sharp({ create: { width: 4, height: 4, channels: 3, background: '#0b4f9c' } })
    .png()
    .toBuffer()

const tokenOf = async () => {
  const account = inject('accounts').find((a) => a.role === 'editor')!
  const login = await fetch(`${inject('baseUrl')}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  })
  return ((await login.json()) as { token: string }).token
}

describe('the "Startklar?" panel on the dashboard', () => {
  it('lists the open items with links, passes axe, and turns green as each is fixed', async () => {
    const editor = await staffApi('editor')
    const pageOf = async (slug: string) =>
      (await editor.call('GET', `/pages?where[slug][equals]=${slug}&depth=0`)).json.docs[0] as Doc
    const legal = await Promise.all(['impressum', 'datenschutz', 'barrierefreiheit'].map(pageOf))
    const home = await pageOf('home')
    const example = (await editor.call('GET', '/events?where[isExample][equals]=true&depth=0')).json
      .docs[0] as Doc
    const settings = (await editor.call('GET', '/globals/site-settings?depth=0')).json
    const uploaded: number[] = []

    const page = await openPage()
    await logIn(page, 'editor')
    try {
      const before = await openItems(page)
      expect(before.join('\n')).toContain('Vertreten durch: Platzhalter')
      expect(before.join('\n')).toContain('Förderhinweis: Logo des Ministeriums fehlt.')
      expect(before.join('\n')).toContain('ist noch veröffentlicht.')
      expect(before.join('\n')).toContain('Die Startseite hebt „Auftaktkonferenz')
      await expect(
        panel(page).getByRole('link', { name: 'Seite „Impressum“ bearbeiten' }).count(),
      ).resolves.toBeGreaterThan(0)
      const { violations } = await new AxeBuilder({ page: page as never })
        .include('section.opr-ready')
        .withTags(wcagTags)
        .analyze()
      expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])

      // The office fills in what the seed left open.
      for (const doc of legal) {
        const layout = doc.layout!.map((block) =>
          block.blockType === 'imprint'
            ? { ...block, representative: 'Landrat', responsibleForContent: 'Pressestelle' }
            : block,
        )
        const saved = await editor.call('PATCH', `/pages/${doc.id}`, {
          layout: withoutPlaceholders(layout),
        })
        expect(saved.status).toBe(200)
      }
      const afterText = (await openItems(page)).join('\n')
      expect(afterText).not.toContain('Platzhalter')
      expect(afterText).toContain('Logo des Ministeriums fehlt.')

      const token = await tokenOf()
      for (const alt of ['Logo des Bundesministeriums', 'Logo „Demokratie leben!“']) {
        const png = await tinyPng()
        const answer = await uploadMedia(
          inject('baseUrl'),
          token,
          {
            name: `startklar-${uploaded.length}.png`,
            type: 'image/png',
            size: png.length,
            content: [png],
          },
          alt,
        )
        expect(answer.status).toBe(201)
        uploaded.push((answer.json.doc as { id: number }).id)
      }
      const logos = await editor.call('POST', '/globals/site-settings', {
        funding: { ...settings.funding, ministryLogo: uploaded[0], programmeLogo: uploaded[1] },
      })
      expect(logos.status).toBe(200)
      const withdrawn = await editor.call('PATCH', `/events/${example.id}`, { _status: 'draft' })
      expect(withdrawn.status).toBe(200)
      const next = await createPublishedEvent({
        title: 'Netzwerktreffen Startklar',
        slug: 'netzwerktreffen-startklar',
        capacity: 30,
      })
      const featured = await editor.call('PATCH', `/pages/${home.id}`, {
        layout: home.layout!.map((block) =>
          block.blockType === 'eventDetails' || block.blockType === 'registrationForm'
            ? { ...block, event: next.id }
            : block.blockType === 'hero'
              ? {
                  ...block,
                  links: block.links!.map((link) =>
                    link.reference
                      ? { ...link, reference: { relationTo: 'events', value: next.id } }
                      : link,
                  ),
                }
              : block,
        ),
      })

      expect(featured.status).toBe(200)
      expect(await openItems(page)).toEqual([])
      await expect(panel(page).innerText()).resolves.toContain('Alles startklar.')
    } finally {
      // Other browser tests use the seeded site as it was.
      for (const doc of [...legal, home])
        await editor.call('PATCH', `/pages/${doc.id}`, { layout: doc.layout })
      await editor.call('PATCH', `/events/${example.id}`, { _status: 'published' })
      await editor.call('POST', '/globals/site-settings', { funding: settings.funding })
      for (const id of uploaded) await editor.call('DELETE', `/media/${id}`)
    }
  })
})
