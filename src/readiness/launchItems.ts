import type { Payload, TypedUser, Where } from 'payload'

import { isCoordinatorOrAdmin } from '@/access/roles'
import { collectionSlugs, globalSlugs } from '@/config/slugs'
import { berlinDateKey, berlinWallTimeToDate, formatDate } from '@/domain/dates'
import { pastFeaturedEvents } from '@/domain/featuredEvents'
import { containsPlaceholder, findPlaceholders } from '@/domain/placeholders'
import { homeSlug } from '@/lib/paths'
import { relationId } from '@/domain/relations'
import type { Media, Page, SiteSetting } from '@/payload-types'
import { fieldLabelPath } from './fieldLabels'

/** One thing to settle before the site goes public, with where to settle it. */
export type LaunchItem = {
  kind:
    | 'placeholder'
    | 'fundingLogo'
    | 'altText'
    | 'exampleData'
    | 'pastFeaturedEvent'
    | 'statementDate'
    | 'overdueBarrierReport'
  text: string
  /** the admin screen that fixes it; none where the reader's role cannot fix it */
  href?: string
  linkLabel?: string
}

const yearMs = 365 * 24 * 60 * 60 * 1000
const editUrl = (collection: string, id: number) => `/admin/collections/${collection}/${id}`
const settingsUrl = `/admin/globals/${globalSlugs.siteSettings}`

const placeholderItems = (
  fields: Parameters<typeof fieldLabelPath>[0],
  doc: object,
  where: string,
  href: string,
): LaunchItem[] =>
  findPlaceholders(doc).map(({ path, asksFor }) => ({
    kind: 'placeholder',
    text: `${where}, ${fieldLabelPath(fields, doc, path)
      .filter((label, i, labels) => label !== labels[i - 1])
      .join(
        ' › ',
      )}: Platzhalter „${asksFor || 'bitte ergänzen'}“. Öffentlich wird diese Stelle ausgelassen.`,
    href,
    linkLabel: `${where} bearbeiten`,
  }))

const fundingLogos = async (payload: Payload, user: TypedUser, settings: SiteSetting) => {
  const ids = [settings.funding.ministryLogo, settings.funding.programmeLogo]
    .map(relationId)
    .filter((id): id is number => id !== undefined)
  if (!ids.length) return new Map<number | undefined, Media>()
  const { docs } = await payload.find({
    collection: collectionSlugs.media,
    where: { id: { in: ids } },
    depth: 0,
    overrideAccess: false,
    user,
  })
  return new Map<number | undefined, Media>(docs.map((media) => [media.id, media]))
}

const logoItems = (logo: Media | undefined, name: string): LaunchItem[] => {
  if (!logo)
    return [
      {
        kind: 'fundingLogo',
        text: `Förderhinweis: ${name} fehlt.`,
        href: settingsUrl,
        linkLabel: 'Website-Einstellungen, Förderhinweis',
      },
    ]
  if (!logo.alt?.trim() || containsPlaceholder(logo.alt))
    return [
      {
        kind: 'altText',
        text: `Förderhinweis: ${name} hat keinen Alternativtext.`,
        href: editUrl(collectionSlugs.media, logo.id),
        linkLabel: `Alternativtext für ${name} ergänzen`,
      },
    ]
  return []
}

const statementItems = (page: Page, now: Date): LaunchItem[] =>
  (page.layout ?? []).flatMap((block): LaunchItem[] => {
    if (block.blockType !== 'accessibilityStatement') return []
    const href = editUrl(collectionSlugs.pages, page.id)
    const linkLabel = `Seite „${page.title}“ bearbeiten`
    const { assessedOn, reviewedOn } = block.assessment ?? {}
    if (!assessedOn || !reviewedOn)
      return [
        {
          kind: 'statementDate',
          text: `Erklärung zur Barrierefreiheit auf „${page.title}“: Datum der Bewertung oder Überprüfung fehlt.`,
          href,
          linkLabel,
        },
      ]
    // The statement is to be reviewed at least once a year (BbgBITV, EU 2018/1523).
    if (now.getTime() - new Date(reviewedOn).getTime() > yearMs)
      return [
        {
          kind: 'statementDate',
          text: `Erklärung zur Barrierefreiheit auf „${page.title}“: zuletzt am ${formatDate(reviewedOn)} überprüft, vor über einem Jahr.`,
          href,
          linkLabel,
        },
      ]
    return []
  })

/**
 * Everything still open before launch, read with the reader's own rights. A handful of queries:
 * published pages and events, the forms, the site settings, and overdue barrier reports.
 */
export const launchItems = async (
  payload: Payload,
  user: TypedUser,
  now = new Date(),
): Promise<LaunchItem[]> => {
  const asUser = { overrideAccess: false, user } as const
  const published = { _status: { equals: 'published' } } as const
  const [pages, events, forms, settings, home] = await Promise.all([
    payload.find({
      collection: collectionSlugs.pages,
      where: published,
      limit: 200,
      depth: 0,
      ...asUser,
    }),
    payload.find({
      collection: collectionSlugs.events,
      where: published,
      limit: 500,
      depth: 0,
      ...asUser,
    }),
    // Labels, button texts and mail texts of the forms reach visitors and their inboxes.
    payload.find({ collection: collectionSlugs.forms, limit: 100, depth: 0, ...asUser }),
    // Depth 0: the pages it links to are checked as pages, not once more as settings.
    payload.findGlobal({ slug: globalSlugs.siteSettings, depth: 0, ...asUser }),
    payload.find({
      collection: collectionSlugs.pages,
      where: { and: [published, { slug: { equals: homeSlug } }] },
      limit: 1,
      depth: 1,
      select: { title: true, layout: true },
      ...asUser,
    }),
  ])
  const logos = await fundingLogos(payload, user, settings)
  const pageFields = payload.collections[collectionSlugs.pages].config.fields
  const eventFields = payload.collections[collectionSlugs.events].config.fields
  const formFields = payload.collections[collectionSlugs.forms].config.fields
  const settingsFields = payload.globals.config.find(
    (global) => global.slug === globalSlugs.siteSettings,
  )!.fields

  const items: LaunchItem[] = [
    ...pages.docs.flatMap((page) =>
      placeholderItems(
        pageFields,
        page,
        `Seite „${page.title}“`,
        editUrl(collectionSlugs.pages, page.id),
      ),
    ),
    ...events.docs.flatMap((event) =>
      placeholderItems(
        eventFields,
        event,
        `Veranstaltung „${event.title}“`,
        editUrl(collectionSlugs.events, event.id),
      ),
    ),
    ...forms.docs.flatMap((form) =>
      placeholderItems(
        formFields,
        form,
        `Formular „${form.title}“`,
        editUrl(collectionSlugs.forms, form.id),
      ),
    ),
    ...placeholderItems(settingsFields, settings, 'Website-Einstellungen', settingsUrl),
    ...logoItems(logos.get(relationId(settings.funding.ministryLogo)), 'Logo des Ministeriums'),
    ...logoItems(logos.get(relationId(settings.funding.programmeLogo)), 'Logo „Demokratie leben!“'),
    ...events.docs
      .filter((event) => event.isExample)
      .map((event): LaunchItem => ({
        kind: 'exampleData',
        text: `Beispielveranstaltung „${event.title}“ ist noch veröffentlicht.`,
        href: editUrl(collectionSlugs.events, event.id),
        linkLabel: `„${event.title}“ löschen oder zurückziehen`,
      })),
    ...pastFeaturedEventItems(home.docs[0] as Page | undefined, settings, now),
    ...pages.docs.flatMap((page) => statementItems(page, now)),
    ...(await overdueBarrierReportItems(payload, user, now)),
  ]
  return items
}

const pastFeaturedEventItems = (
  home: Page | undefined,
  settings: { startPage?: { followNextEvent?: boolean | null } | null },
  now: Date,
): LaunchItem[] => {
  if (!home?.layout) return []
  const follows = settings.startPage?.followNextEvent !== false
  return pastFeaturedEvents(home.layout, now).map((event) => ({
    kind: 'pastFeaturedEvent',
    text: follows
      ? `Die Startseite hebt „${event.title}“ hervor, die Veranstaltung ist vorbei. Besucher:innen sehen automatisch die nächste Veranstaltung; Überschrift und Text der Startseite nennen aber noch die alte.`
      : `Die Startseite hebt „${event.title}“ hervor, die Veranstaltung ist vorbei, und sie wird weiter gezeigt (Website-Einstellungen, Startseite).`,
    href: editUrl(collectionSlugs.pages, home.id),
    linkLabel: 'Startseite bearbeiten',
  }))
}

const overdueBarrierReportItems = async (
  payload: Payload,
  user: TypedUser,
  now: Date,
): Promise<LaunchItem[]> => {
  // Overdue from the day after the due date on, as the coordinators' overview counts it.
  const today = berlinWallTimeToDate(berlinDateKey(now), '00:00')
  const where: Where = {
    and: [
      { kind: { equals: 'barrier' } },
      { status: { equals: 'received' } },
      { dueAt: { less_than: today.toISOString() } },
    ],
  }
  if (!isCoordinatorOrAdmin({ user })) {
    // Editors may not read the reports (personal data); the number alone tells them to ask.
    const { totalDocs } = await payload.count({
      collection: collectionSlugs.formSubmissions,
      where,
    })
    return totalDocs
      ? [
          {
            kind: 'overdueBarrierReport',
            text: `${totalDocs === 1 ? 'Eine Barriere-Meldung ist' : `${totalDocs} Barriere-Meldungen sind`} seit über 30 Tagen unbeantwortet. Die Koordination beantwortet sie.`,
          },
        ]
      : []
  }
  const { docs } = await payload.find({
    collection: collectionSlugs.formSubmissions,
    where,
    sort: 'dueAt',
    limit: 50,
    depth: 0,
    overrideAccess: false,
    user,
  })
  return docs.map((report) => ({
    kind: 'overdueBarrierReport',
    text: `Barriere-Meldung vom ${formatDate(report.createdAt)} (${report.pageReference || 'ohne Seitenangabe'}) ist seit ${formatDate(report.dueAt!)} überfällig.`,
    href: editUrl(collectionSlugs.formSubmissions, report.id),
    linkLabel: `Barriere-Meldung vom ${formatDate(report.createdAt)} beantworten`,
  }))
}
