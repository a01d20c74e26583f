import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin, publishedOrStaff } from '@/access/roles'
import { pageBlocks } from '@/blocks'
import { collectionSlugs } from '@/config/slugs'
import { slugField } from '@/fields/slug'
import { revalidateOnDelete, revalidateOnPublish } from '@/lib/revalidate'
import { pagePath, reservedPageSlugs } from '@/lib/paths'
import { previewUrl } from '@/lib/preview'

export const Pages: CollectionConfig = {
  slug: collectionSlugs.pages,
  labels: { singular: { de: 'Seite', en: 'Page' }, plural: { de: 'Seiten', en: 'Pages' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    group: { de: 'Inhalte', en: 'Content' },
    description: {
      de: 'Die Seite mit dem Kurznamen „home“ ist die Startseite.',
      en: 'The page with slug "home" is the home page.',
    },
    livePreview: {
      url: ({ data }) => previewUrl(pagePath(String(data?.slug ?? 'home'))),
    },
    preview: (doc) => previewUrl(pagePath(String(doc?.slug ?? 'home'))),
  },
  access: {
    read: publishedOrStaff,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  versions: {
    drafts: { autosave: { interval: 1500 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: {
    afterChange: [revalidateOnPublish],
    afterDelete: [revalidateOnDelete],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { de: 'Titel', en: 'Title' },
    },
    slugField('title', reservedPageSlugs),
    {
      name: 'layout',
      type: 'blocks',
      blocks: pageBlocks,
      label: { de: 'Inhalt', en: 'Layout' },
      labels: {
        singular: { de: 'Abschnitt', en: 'Section' },
        plural: { de: 'Abschnitte', en: 'Sections' },
      },
    },
  ],
}
