import type { Block } from 'payload'

export const RichTextBlock: Block = {
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  labels: { singular: { de: 'Text', en: 'Rich text' }, plural: { de: 'Texte', en: 'Rich texts' } },
  fields: [
    { name: 'content', type: 'richText', required: true, label: { de: 'Text', en: 'Text' } },
  ],
}
