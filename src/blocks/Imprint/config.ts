import type { Block } from 'payload'

/**
 * The Impressum's legal core as fields (§ 5 DDG, § 18 Abs. 2 MStV): who publishes, who represents
 * them, how to reach them, and who is responsible for the content. Free text may follow in other
 * blocks.
 */
export const ImprintBlock: Block = {
  slug: 'imprint',
  interfaceName: 'ImprintBlock',
  labels: {
    singular: { de: 'Impressumsangaben', en: 'Imprint details' },
    plural: { de: 'Impressumsangaben', en: 'Imprint details' },
  },
  fields: [
    {
      name: 'publisher',
      type: 'text',
      required: true,
      label: { de: 'Herausgeber (Name)', en: 'Publisher' },
    },
    { name: 'unit', type: 'text', label: { de: 'Organisationseinheit', en: 'Unit' } },
    {
      name: 'address',
      type: 'textarea',
      required: true,
      label: { de: 'Anschrift', en: 'Address' },
    },
    {
      name: 'representative',
      type: 'text',
      required: true,
      label: { de: 'Vertreten durch', en: 'Represented by' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'email',
          type: 'email',
          required: true,
          label: { de: 'E-Mail', en: 'E-mail' },
          admin: { width: '50%' },
        },
        {
          name: 'phone',
          type: 'text',
          required: true,
          label: { de: 'Telefon', en: 'Phone' },
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'responsibleForContent',
      type: 'textarea',
      required: true,
      label: {
        de: 'Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV (Name und Anschrift)',
        en: 'Responsible for content (§ 18 (2) MStV)',
      },
    },
    {
      name: 'supervisoryAuthority',
      type: 'textarea',
      label: { de: 'Aufsichtsbehörde (optional)', en: 'Supervisory authority' },
    },
  ],
}
