import type { CollectionConfig } from 'payload'

import { isAdmin, isCoordinatorOrAdmin } from '@/access/roles'
import { collectionSlugs } from '@/config/slugs'
import { dataRequestEndpoints } from './endpoints'

/**
 * The log of data-protection requests (Art. 15 and 17 DSGVO): who answered one, when, and how
 * many records it touched. It never holds the address or the data concerned.
 */
export const DataRequests: CollectionConfig = {
  slug: collectionSlugs.dataRequests,
  labels: {
    singular: { de: 'Datenschutz-Anfrage', en: 'Data request' },
    plural: { de: 'Datenschutz-Anfragen', en: 'Data requests' },
  },
  admin: {
    group: { de: 'Formulare', en: 'Forms' },
    defaultColumns: ['kind', 'createdAt', 'by', 'submissions', 'mails'],
    description: {
      de: 'Protokoll der Auskünfte und Löschungen. Eine neue Anfrage bearbeiten Sie unter „Datenauskunft und Löschung“.',
      en: 'Log of data access and erasure requests.',
    },
  },
  access: {
    read: isCoordinatorOrAdmin,
    create: () => false,
    update: () => false,
    delete: isAdmin,
  },
  defaultSort: '-createdAt',
  endpoints: dataRequestEndpoints,
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { de: 'Art', en: 'Kind' },
      options: [
        { label: { de: 'Auskunft (Art. 15)', en: 'Access (Art. 15)' }, value: 'export' },
        { label: { de: 'Löschung (Art. 17)', en: 'Erasure (Art. 17)' }, value: 'erase' },
      ],
    },
    {
      name: 'by',
      type: 'relationship',
      relationTo: collectionSlugs.users,
      required: true,
      label: { de: 'Bearbeitet von', en: 'Handled by' },
    },
    { name: 'submissions', type: 'number', label: { de: 'Einsendungen', en: 'Submissions' } },
    { name: 'mails', type: 'number', label: { de: 'E-Mails', en: 'Mails' } },
  ],
}
