/** Collection and global slugs, used everywhere one is named (relations, queries, tests). */
export const collectionSlugs = {
  users: 'users',
  media: 'media',
  pages: 'pages',
  events: 'events',
  partners: 'partners',
  forms: 'forms',
  formSubmissions: 'form-submissions',
  mailMessages: 'mail-messages',
  eventNotices: 'event-notices',
  rateLimitBuckets: 'rate-limit-buckets',
  dataRequests: 'data-requests',
} as const

export const globalSlugs = {
  siteSettings: 'site-settings',
} as const
