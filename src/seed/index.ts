import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { collectionSlugs, globalSlugs } from '@/config/slugs'
import { exampleEventData } from './data/exampleEvent'
import {
  barrierReportPageData,
  easyLanguagePageData,
  signLanguagePageData,
} from './data/accessibilityPages'
import {
  barrierFormData,
  contactFormData,
  partnershipFormData,
  registrationFormData,
} from './data/forms'
import { homePageData } from './data/homePage'
import { kickoffEventData } from './data/kickoffEvent'
import { legalPageData, legalPageSlugs } from './data/legalPages'
import { partnerData } from './data/partners'
import { siteSettingsData } from './data/siteSettings'
import { type DemoAccount, seedDemoAccounts } from './demoAccounts'

export type SeedOptions = {
  /** only on the embedded development database: never create known accounts in production */
  demoAccounts: boolean
  log: (line: string) => void
  now?: Date
}

export type SeedResult = { demoAccounts: DemoAccount[] }

// Seeding runs outside Next.js: there is no page cache to refresh.
const context = { disableRevalidate: true }

type Sluggable = 'pages' | 'events' | 'partners'

/** Creates the document unless one with its slug exists; returns the id either way. */
const ensureBySlug = async <T extends Sluggable>(
  payload: Payload,
  collection: T,
  data: RequiredDataFromCollectionSlug<T>,
  log: (line: string) => void,
): Promise<number> => {
  const slug = (data as { slug: string }).slug
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    draft: true,
  })
  if (docs[0]) return docs[0].id as number
  const created = await payload.create({ collection, data, context, draft: false })
  log(`angelegt: ${collection}/${slug}`)
  return created.id as number
}

/** Creates the form unless one with its title exists; returns the id either way. */
const ensureForm = async (
  payload: Payload,
  data: RequiredDataFromCollectionSlug<'forms'>,
  log: (line: string) => void,
): Promise<number> => {
  const { docs } = await payload.find({
    collection: collectionSlugs.forms,
    where: { title: { equals: data.title } },
    limit: 1,
    depth: 0,
  })
  if (docs[0]) return docs[0].id
  const created = await payload.create({ collection: collectionSlugs.forms, data, context })
  log(`angelegt: forms/${data.title}`)
  return created.id
}

/** Fills an empty database with the site's starting content; running it again changes nothing. */
export const seed = async (
  payload: Payload,
  { demoAccounts, log, now = new Date() }: SeedOptions,
): Promise<SeedResult> => {
  log('Seed: Startdaten werden geprüft …')
  const legalIds: Record<string, number> = {}
  for (const slug of legalPageSlugs) {
    legalIds[slug] = await ensureBySlug(
      payload,
      collectionSlugs.pages,
      await legalPageData(payload, slug, now),
      log,
    )
  }

  const settings = await payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 0 })
  if (!settings.office?.email) {
    await payload.updateGlobal({
      slug: globalSlugs.siteSettings,
      data: siteSettingsData({
        impressum: legalIds.impressum,
        datenschutz: legalIds.datenschutz,
        barrierefreiheit: legalIds.barrierefreiheit,
      }),
      context,
    })
    log('angelegt: Website-Einstellungen')
  }

  const forms = {
    registration: await ensureForm(payload, await registrationFormData(payload), log),
    partnership: await ensureForm(payload, await partnershipFormData(payload), log),
    contact: await ensureForm(payload, await contactFormData(payload), log),
    barrier: await ensureForm(payload, await barrierFormData(payload), log),
  }
  await ensureBySlug(
    payload,
    collectionSlugs.pages,
    await barrierReportPageData(payload, forms.barrier),
    log,
  )
  await ensureBySlug(payload, collectionSlugs.pages, await easyLanguagePageData(payload), log)
  await ensureBySlug(payload, collectionSlugs.pages, await signLanguagePageData(payload), log)
  const kickoffId = await ensureBySlug(
    payload,
    collectionSlugs.events,
    kickoffEventData(forms.registration),
    log,
  )
  await ensureBySlug(
    payload,
    collectionSlugs.events,
    exampleEventData(now, forms.registration),
    log,
  )
  await ensureBySlug(
    payload,
    collectionSlugs.pages,
    await homePageData(payload, { kickoffEventId: kickoffId, forms }),
    log,
  )
  for (const partner of partnerData())
    await ensureBySlug(payload, collectionSlugs.partners, partner, log)

  const created = demoAccounts ? await seedDemoAccounts(payload, log) : []
  log('Seed: fertig.')
  return { demoAccounts: created }
}
