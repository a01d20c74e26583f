import type { CollectionConfig } from 'payload'

import { isCoordinatorOrAdmin } from '@/access/isCoordinatorOrAdmin'
import { isStaff } from '@/access/isStaff'
import { collectionSlugs } from '@/collections/slugs'
import {
  eventNoticeAudienceLabels,
  eventNoticeAudiences,
  eventNoticeKindLabels,
  eventNoticeKinds,
} from '@/domain/eventNotices'
import { selectOptions } from '@/fields/selectOptions'

const readOnly = { readOnly: true } as const

/**
 * Every notice to the registered people of an event, kept as a record: who, when, to how many,
 * which text. Also a change saved without informing anyone is recorded here (`informed` off).
 * The mails themselves are outbox rows that point here; one per person, never a shared To/Cc.
 */
export const EventNotices: CollectionConfig = {
  slug: collectionSlugs.eventNotices,
  labels: {
    singular: { de: 'Mitteilung an Angemeldete', en: 'Notice to registrants' },
    plural: { de: 'Mitteilungen an Angemeldete', en: 'Notices to registrants' },
  },
  admin: {
    group: { de: 'Formulare', en: 'Forms' },
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'kind', 'event', 'audience', 'recipientCount', 'createdAt'],
  },
  access: {
    // No personal data in a notice: the whole office may see what went out.
    read: isStaff,
    create: isCoordinatorOrAdmin,
    update: () => false,
    delete: () => false,
  },
  defaultSort: '-createdAt',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'event',
          type: 'relationship',
          relationTo: collectionSlugs.events,
          required: true,
          index: true,
          label: { de: 'Veranstaltung', en: 'Event' },
          admin: { width: '50%' },
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'message',
          options: selectOptions(eventNoticeKinds, eventNoticeKindLabels),
          label: { de: 'Art', en: 'Kind' },
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'audience',
      type: 'select',
      required: true,
      defaultValue: 'active',
      options: selectOptions(eventNoticeAudiences, eventNoticeAudienceLabels),
      label: { de: 'Empfänger:innen', en: 'Recipients' },
    },
    {
      name: 'subject',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { de: 'Betreff', en: 'Subject' },
    },
    {
      name: 'text',
      type: 'textarea',
      maxLength: 10000,
      label: { de: 'Text', en: 'Text' },
    },
    {
      // Filled by the event's save: what changed, as the mail shows it.
      name: 'changes',
      type: 'array',
      label: { de: 'Änderungen', en: 'Changes' },
      admin: { ...readOnly, condition: (data) => data?.kind !== 'message' },
      fields: [
        { name: 'label', type: 'text', label: { de: 'Angabe', en: 'Fact' } },
        { name: 'before', type: 'text', label: { de: 'Bisher', en: 'Before' } },
        { name: 'after', type: 'text', label: { de: 'Neu', en: 'After' } },
      ],
    },
    {
      name: 'informed',
      type: 'checkbox',
      defaultValue: true,
      label: { de: 'Angemeldete informiert', en: 'Registrants informed' },
      admin: {
        ...readOnly,
        position: 'sidebar',
        description: {
          de: 'Aus: Die Änderung wurde bewusst ohne Benachrichtigung gespeichert.',
          en: 'Off: the change was saved without informing anyone, on purpose.',
        },
      },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: collectionSlugs.users,
      label: { de: 'Veranlasst von', en: 'Sent by' },
      admin: { ...readOnly, position: 'sidebar' },
    },
    {
      name: 'recipientCount',
      type: 'number',
      label: { de: 'Anzahl Empfänger:innen', en: 'Recipients' },
      admin: { ...readOnly, position: 'sidebar' },
    },
    {
      // When the outbox rows were written (one per person); empty while that is still to come.
      name: 'queuedAt',
      type: 'date',
      label: { de: 'In den Postausgang gestellt am', en: 'Queued at' },
      admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
