/** Collection slugs, used everywhere a collection is named (relations, queries, tests). */
export const collectionSlugs = {
  users: 'users',
  media: 'media',
} as const
