import type { CollectionConfig } from 'payload'

import { anyone, isEditorOrAdmin } from '@/access/roles'
import { collectionSlugs } from '@/config/slugs'
import { revalidateOnChange, revalidateOnDelete } from '@/lib/revalidate'
import { cleanUploadFilename } from './hooks/cleanUploadFilename'
import { readDuration } from './readDuration'
import { safeFileHeaders } from './safeFileHeaders'

export const Media: CollectionConfig = {
  slug: collectionSlugs.media,
  labels: {
    singular: { de: 'Medium', en: 'Media item' },
    plural: { de: 'Medien', en: 'Media' },
  },
  admin: {
    group: { de: 'Inhalte', en: 'Content' },
    defaultColumns: ['filename', 'alt', 'updatedAt'],
  },
  access: {
    read: anyone,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  // pages show alt texts and files from the content cache
  hooks: {
    beforeOperation: [cleanUploadFilename],
    beforeChange: [readDuration],
    afterChange: [revalidateOnChange],
    afterDelete: [revalidateOnDelete],
  },
  upload: {
    // Relative to the folder of payload.config.ts: the top-level media/ folder.
    staticDir: 'media',
    mimeTypes: ['image/*', 'application/pdf', 'video/mp4', 'video/webm', 'text/vtt'],
    // SVG logos stay allowed (Payload refuses SVGs with script); see safeFileHeaders for serving.
    modifyResponseHeaders: safeFileHeaders,
  },
  fields: [
    {
      // Required by WCAG 1.1.1: every image on the public site needs a text alternative.
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: 300,
      label: { de: 'Alternativtext', en: 'Alt text' },
      admin: {
        description: {
          de: 'Beschreibt das Bild für Menschen, die es nicht sehen können (z. B. „Logo des Bundesprogramms Demokratie leben!“).',
          en: 'Describes the image for people who cannot see it.',
        },
      },
    },
    {
      name: 'duration',
      type: 'number',
      label: { de: 'Spieldauer (Sekunden)', en: 'Duration (seconds)' },
      admin: {
        readOnly: true,
        condition: (data) => /^(video|audio)\//.test(String(data?.mimeType ?? '')),
        description: { de: 'Wird beim Hochladen aus der Datei gelesen.', en: 'Read from the file on upload.' },
      },
    },
  ],
}
