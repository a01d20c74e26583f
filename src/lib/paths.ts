/** Public URL paths of the site, built in one place. */
export const homeSlug = 'home'

// First path segments that belong to fixed routes; a page with such a slug could never be reached.
export const reservedPageSlugs = [
  'admin',
  'api',
  'next',
  'veranstaltungen',
  'partner',
  'anmeldung',
  'einwilligung',
  'sitemap-xml',
  'robots-txt',
  'favicon-ico',
]

export const pagePath = (slug: string) => (slug === homeSlug ? '/' : `/${slug}`)
export const eventPath = (slug: string) => `/veranstaltungen/${slug}`
export const eventCalendarPath = (slug: string) => `/veranstaltungen/${slug}/kalender.ics`
export const eventsPath = '/veranstaltungen'
export const partnersPath = '/partner'
export const cancellationPath = '/anmeldung/abmelden'
export const consentRevocationPath = '/einwilligung/widerrufen'
export const rateLimitedPath = '/anmeldung/zu-viele-anfragen'
/** The page a visitor came from: the form's hidden field and the 429 page's query use one name. */
export const returnPathParam = 'zurueck'
// Pages the office keeps under these slugs; header and footer link to them on every page.
export const barrierReportSlug = 'barriere-melden'
export const easyLanguageSlug = 'leichte-sprache'
export const signLanguageSlug = 'gebaerdensprache'
