import type { Block } from 'payload'

export const FundingNoticeBlock: Block = {
  slug: 'fundingNotice',
  interfaceName: 'FundingNoticeBlock',
  labels: {
    singular: { de: 'Förderhinweis', en: 'Funding notice' },
    plural: { de: 'Förderhinweise', en: 'Funding notices' },
  },
  fields: [
    {
      name: 'showDisclaimer',
      type: 'checkbox',
      defaultValue: true,
      label: {
        de: 'Haftungshinweis anzeigen (Text aus den Website-Einstellungen)',
        en: 'Show disclaimer',
      },
    },
  ],
}
