import type { GlobalConfig } from 'payload'

import { anyone, isEditorOrAdmin } from '@/access/roles'
import { collectionSlugs, globalSlugs } from '@/config/slugs'
import { linkFields } from '@/fields/link'
import { revalidateGlobal } from '@/lib/revalidate'
import { retentionField } from './retention'

const navigation = (name: string, de: string, en: string) => ({
  name,
  type: 'array' as const,
  label: { de, en },
  labels: { singular: { de: 'Link', en: 'Link' }, plural: { de: 'Links', en: 'Links' } },
  maxRows: 8,
  fields: linkFields(),
})

export const SiteSettings: GlobalConfig = {
  slug: globalSlugs.siteSettings,
  label: { de: 'Website-Einstellungen', en: 'Site settings' },
  admin: { group: { de: 'Verwaltung', en: 'Administration' } },
  access: { read: anyone, update: isEditorOrAdmin },
  hooks: { afterChange: [revalidateGlobal] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          name: 'office',
          label: { de: 'Stelle und Kontakt', en: 'Office and contact' },
          fields: [
            { name: 'name', type: 'text', required: true, label: { de: 'Name', en: 'Name' } },
            { name: 'unit', type: 'text', label: { de: 'Stelle', en: 'Unit' } },
            { name: 'organisation', type: 'text', label: { de: 'Behörde', en: 'Authority' } },
            {
              type: 'row',
              fields: [
                { name: 'street', type: 'text', label: { de: 'Straße', en: 'Street' } },
                { name: 'postalCode', type: 'text', label: { de: 'PLZ', en: 'Postcode' } },
                { name: 'city', type: 'text', label: { de: 'Ort', en: 'City' } },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'email',
                  type: 'email',
                  required: true,
                  label: { de: 'E-Mail', en: 'Email' },
                },
                { name: 'phone', type: 'text', label: { de: 'Telefon', en: 'Phone' } },
              ],
            },
            {
              name: 'contactPerson',
              type: 'text',
              label: { de: 'Ansprechperson', en: 'Contact person' },
            },
          ],
        },
        {
          name: 'navigation',
          label: { de: 'Navigation', en: 'Navigation' },
          fields: [
            navigation('header', 'Hauptnavigation (Kopf)', 'Header navigation'),
            navigation('footer', 'Fußzeile', 'Footer navigation'),
          ],
        },
        {
          name: 'startPage',
          label: { de: 'Startseite', en: 'Start page' },
          fields: [
            {
              name: 'followNextEvent',
              type: 'checkbox',
              defaultValue: true,
              label: {
                de: 'Hervorgehobene Veranstaltung: automatisch die nächste, wenn die gewählte vorbei ist',
                en: 'Featured event: show the next one automatically once the chosen one is over',
              },
              admin: {
                description: {
                  de: 'Ist die Veranstaltung der Startseite vorbei, zeigt die Startseite stattdessen die nächste kommende (ohne Beispielveranstaltungen) und deren Anmeldung. Ausschalten, um die vergangene Veranstaltung weiter zu zeigen, z. B. für einen Rückblick. „Zur Anmeldung“ erscheint in jedem Fall nur, solange die Anmeldung möglich ist.',
                  en: 'Once the start page’s event is over, the next upcoming one (not example events) and its registration are shown instead.',
                },
              },
            },
          ],
        },
        {
          name: 'funding',
          label: { de: 'Förderhinweis', en: 'Funding notice' },
          fields: [
            {
              name: 'ministryName',
              type: 'text',
              required: true,
              label: { de: 'Name des Ministeriums', en: 'Ministry' },
              admin: {
                description: {
                  de: 'Ministerien werden umbenannt – hier anpassen, nicht im Code.',
                  en: 'Ministries get renamed – change it here.',
                },
              },
            },
            {
              name: 'programmeName',
              type: 'text',
              required: true,
              defaultValue: 'Demokratie leben!',
              label: { de: 'Bundesprogramm', en: 'Federal programme' },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'ministryLogo',
                  type: 'upload',
                  relationTo: collectionSlugs.media,
                  label: { de: 'Logo des Ministeriums', en: 'Ministry logo' },
                },
                {
                  name: 'programmeLogo',
                  type: 'upload',
                  relationTo: collectionSlugs.media,
                  label: { de: 'Logo „Demokratie leben!“', en: 'Programme logo' },
                },
              ],
            },
            {
              name: 'disclaimer',
              type: 'textarea',
              required: true,
              label: { de: 'Haftungshinweis', en: 'Disclaimer' },
            },
          ],
        },
        {
          label: { de: 'Datenschutz', en: 'Data protection' },
          fields: [retentionField],
        },
        {
          name: 'sharing',
          label: { de: 'Teilen und Suchmaschinen', en: 'Sharing and SEO' },
          fields: [
            {
              name: 'description',
              type: 'textarea',
              maxLength: 300,
              label: { de: 'Standardbeschreibung', en: 'Default description' },
            },
            {
              name: 'image',
              type: 'upload',
              relationTo: collectionSlugs.media,
              label: { de: 'Standardbild zum Teilen', en: 'Default share image' },
            },
          ],
        },
      ],
    },
  ],
}
