import type { Block } from 'payload'

export const ContactBoxBlock: Block = {
  slug: 'contactBox',
  interfaceName: 'ContactBoxBlock',
  labels: {
    singular: { de: 'Kontakt', en: 'Contact box' },
    plural: { de: 'Kontakte', en: 'Contact boxes' },
  },
  fields: [
    {
      name: 'heading',
      type: 'text',
      defaultValue: 'Kontakt',
      label: { de: 'Überschrift', en: 'Heading' },
    },
    {
      name: 'text',
      type: 'textarea',
      label: { de: 'Text', en: 'Text' },
      admin: {
        description: {
          de: 'Adresse, E-Mail und Telefon kommen aus den Website-Einstellungen.',
          en: 'Address, email and phone come from the site settings.',
        },
      },
    },
  ],
}
