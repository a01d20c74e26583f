import type { Block } from 'payload'

import { collectionSlugs } from '@/config/slugs'

/** A video in Deutsche Gebärdensprache (BITV 2.0 § 4), with captions and a download. */
export const SignLanguageVideoBlock: Block = {
  slug: 'signLanguageVideo',
  interfaceName: 'SignLanguageVideoBlock',
  labels: {
    singular: { de: 'Gebärdensprachvideo', en: 'Sign language video' },
    plural: { de: 'Gebärdensprachvideos', en: 'Sign language videos' },
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { de: 'Titel', en: 'Title' } },
    {
      name: 'video',
      type: 'upload',
      relationTo: collectionSlugs.media,
      filterOptions: { mimeType: { in: ['video/mp4', 'video/webm'] } },
      label: { de: 'Video (MP4 oder WebM)', en: 'Video' },
      admin: {
        description: {
          de: 'Solange kein Video hochgeladen ist, zeigt die Seite einen Hinweis, dass es noch folgt.',
          en: 'Without a video the page says that it will follow.',
        },
      },
    },
    {
      name: 'captions',
      type: 'upload',
      relationTo: collectionSlugs.media,
      filterOptions: { mimeType: { equals: 'text/vtt' } },
      label: { de: 'Untertitel (WebVTT)', en: 'Captions (WebVTT)' },
    },
    {
      name: 'pendingNotice',
      type: 'textarea',
      required: true,
      defaultValue:
        'Das Video in Deutscher Gebärdensprache wird derzeit erstellt und von der Koordinierungs- und Fachstelle hier ergänzt.',
      label: { de: 'Hinweis, solange das Video fehlt', en: 'Notice while the video is missing' },
    },
  ],
}
