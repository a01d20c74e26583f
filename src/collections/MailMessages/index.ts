import type { CollectionConfig } from 'payload'

import { isAdmin, isCoordinatorOrAdmin } from '@/access/roles'
import { collectionSlugs } from '@/config/slugs'
import {
  mailStatusLabels,
  mailStatuses,
  mailTemplateLabels,
  mailTemplates,
} from '@/domain/mailTemplates'
import { selectOptions } from '@/fields/selectOptions'

/**
 * The outbox: one row per mail, written in the same transaction as the submission that causes it
 * and sent by the outbox drain (`drainOutbox`) with retries. Coordinators see here what went out
 * and what failed.
 */
export const MailMessages: CollectionConfig = {
  slug: collectionSlugs.mailMessages,
  labels: {
    singular: { de: 'E-Mail (Postausgang)', en: 'Outgoing mail' },
    plural: { de: 'Postausgang', en: 'Outbox' },
  },
  admin: {
    group: { de: 'Formulare', en: 'Forms' },
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'template', 'to', 'status', 'attempts', 'updatedAt'],
    listSearchableFields: ['to', 'subject'],
    description: {
      de: 'Alle E-Mails, die der Dienst verschickt. Ist der Mailserver nicht erreichbar, wird mit wachsendem Abstand erneut versucht.',
      en: 'Every mail the service sends, with retries when the mail server is unreachable.',
    },
  },
  access: {
    read: isCoordinatorOrAdmin,
    create: () => false,
    update: () => false,
    delete: isAdmin,
  },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['notice', 'submission'], unique: true }],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'template',
          type: 'select',
          required: true,
          label: { de: 'Art', en: 'Template' },
          options: selectOptions(mailTemplates, mailTemplateLabels),
          admin: { width: '50%' },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'queued',
          label: { de: 'Status', en: 'Status' },
          options: selectOptions(mailStatuses, mailStatusLabels),
          admin: { width: '50%' },
        },
      ],
    },
    { name: 'to', type: 'email', required: true, index: true, label: { de: 'An', en: 'To' } },
    { name: 'subject', type: 'text', label: { de: 'Betreff', en: 'Subject' } },
    {
      name: 'submission',
      type: 'relationship',
      relationTo: collectionSlugs.formSubmissions,
      index: true,
      label: { de: 'Einsendung', en: 'Submission' },
    },
    {
      // A notice to many registrants: one outbox row per person, never the same person twice.
      name: 'notice',
      type: 'relationship',
      relationTo: collectionSlugs.eventNotices,
      index: true,
      label: { de: 'Mitteilung', en: 'Notice' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'attempts',
          type: 'number',
          defaultValue: 0,
          label: { de: 'Versuche', en: 'Attempts' },
          admin: { width: '33%' },
        },
        {
          name: 'sentAt',
          type: 'date',
          label: { de: 'Versendet am', en: 'Sent at' },
          admin: { width: '33%', date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'lastAttemptAt',
          type: 'date',
          label: { de: 'Letzter Versuch', en: 'Last attempt' },
          admin: { width: '33%', date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    { name: 'lastError', type: 'text', label: { de: 'Letzter Fehler', en: 'Last error' } },
  ],
}
