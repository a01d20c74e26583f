import { defaultRetention } from '@/domain/retention'
import type { SiteSetting } from '@/payload-types'

type LinkTargets = { impressum: number; datenschutz: number; barrierefreiheit: number }

/** From the letterhead of the invitation letter (Büro Landrat, Koordinierungs- und Fachstelle). */
export const siteSettingsData = (pages: LinkTargets): Omit<SiteSetting, 'id'> => ({
  office: {
    name: 'Partnerschaft für Demokratie Ostprignitz-Ruppin',
    unit: 'Koordinierungs- und Fachstelle',
    organisation: 'Büro Landrat',
    street: 'Virchowstr. 14-16',
    postalCode: '16816',
    city: 'Neuruppin',
    email: 'Demokratie@opr.de',
    phone: '0157-58730872',
    contactPerson: 'Julica Norouzi',
  },
  retention: defaultRetention,
  navigation: {
    header: [
      { label: 'Veranstaltungen', type: 'custom', url: '/veranstaltungen' },
      { label: 'Partner:innen', type: 'custom', url: '/partner' },
    ],
    footer: [
      {
        label: 'Impressum',
        type: 'internal',
        reference: { relationTo: 'pages', value: pages.impressum },
      },
      {
        label: 'Datenschutz',
        type: 'internal',
        reference: { relationTo: 'pages', value: pages.datenschutz },
      },
      {
        label: 'Barrierefreiheit',
        type: 'internal',
        reference: { relationTo: 'pages', value: pages.barrierefreiheit },
      },
    ],
  },
  funding: {
    // Renamed in 2025; editors change it in the site settings, never in code.
    ministryName: 'Bundesministerium für Bildung, Familie, Senioren, Frauen und Jugend',
    programmeName: 'Demokratie leben!',
    disclaimer:
      'Die Veröffentlichungen stellen keine Meinungsäußerung des BMBFSFJ oder des BAFzA dar. Für inhaltliche Aussagen tragen die Autorinnen und Autoren die Verantwortung.',
  },
  sharing: {
    description:
      'Die Partnerschaft für Demokratie Ostprignitz-Ruppin fördert vielfältiges, respektvolles Zusammenleben und steht gegen jede Form von Demokratiefeindlichkeit und Extremismus.',
  },
})
