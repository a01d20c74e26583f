import type { CollectionConfig } from 'payload'

import { isCoordinatorOrAdmin, isStaff } from '@/access/roles'
import { collectionSlugs } from '@/config/slugs'
import {
  eventNoticeAudienceLabels,
  eventNoticeAudiences,
  eventNoticeKindLabels,
  eventNoticeKinds,
} from '@/domain/eventNotices'
import { selectOptions } from '@/fields/selectOptions'
import { noticeEndpoints } from './endpoints'
import { noticeDeliveryField } from './hooks/noticeDeliveryField'
import { prepareNotice } from './hooks/prepareNotice'
import { queueNoticeFanOut } from './hooks/queueNoticeFanOut'

const readOnly = { readOnly: true } as const
/**
 * Set by server code only (the event's save, the fan-out job, the test endpoint): a user's request
 * has these stripped, so a message from the admin is always kind "message", informing, by them.
 */
const serverOnly = { create: () => false, update: () => false }

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
    defaultColumns: ['subject', 'kind', 'event', 'audience', 'delivery', 'createdAt'],
    description: {
      de: 'Eine Nachricht an die Angemeldeten einer Veranstaltung: Jede:r erhält eine eigene E-Mail mit dem Link zur Veranstaltung und zum eigenen Abmelden. Gespeichert ist gesendet – eine Mitteilung lässt sich nicht mehr ändern oder löschen.',
      en: 'A message to the registrants of one event; each gets their own mail. Saving sends it.',
    },
  },
  access: {
    // No personal data in a notice: the whole office may see what went out.
    read: isStaff,
    create: isCoordinatorOrAdmin,
    update: () => false,
    delete: () => false,
  },
  defaultSort: '-createdAt',
  endpoints: noticeEndpoints,
  hooks: { beforeChange: [prepareNotice], afterChange: [queueNoticeFanOut] },
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
          access: serverOnly,
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
      access: serverOnly,
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
      access: serverOnly,
      defaultValue: true,
      label: { de: 'Angemeldete informiert', en: 'Registrants informed' },
      admin: {
        ...readOnly,
        position: 'sidebar',
        condition: (data) => Boolean(data?.id),
        description: {
          de: 'Aus: Die Änderung wurde bewusst ohne Benachrichtigung gespeichert.',
          en: 'Off: the change was saved without informing anyone, on purpose.',
        },
      },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      access: serverOnly,
      relationTo: collectionSlugs.users,
      label: { de: 'Veranlasst von', en: 'Sent by' },
      admin: { ...readOnly, position: 'sidebar', condition: (data) => Boolean(data?.id) },
    },
    {
      name: 'recipientCount',
      type: 'number',
      access: serverOnly,
      label: { de: 'Anzahl Empfänger:innen', en: 'Recipients' },
      admin: { ...readOnly, position: 'sidebar', condition: (data) => Boolean(data?.id) },
    },
    {
      // When the outbox rows were written (one per person); empty while that is still to come.
      name: 'queuedAt',
      type: 'date',
      access: serverOnly,
      label: { de: 'In den Postausgang gestellt am', en: 'Queued at' },
      admin: {
        ...readOnly,
        position: 'sidebar',
        condition: (data) => Boolean(data?.id),
        date: { pickerAppearance: 'dayAndTime' },
      },
    },
    {
      // A coordinator's test to their own address before sending: kept, but informs nobody.
      name: 'test',
      type: 'checkbox',
      defaultValue: false,
      access: serverOnly,
      label: { de: 'Test-E-Mail an mich', en: 'Test mail to myself' },
      admin: { ...readOnly, position: 'sidebar', condition: (data) => Boolean(data?.test) },
    },
    {
      name: 'delivery',
      type: 'text',
      virtual: true,
      label: { de: 'Versand', en: 'Delivery' },
      hooks: { afterRead: [noticeDeliveryField] },
      admin: {
        ...readOnly,
        position: 'sidebar',
        condition: (data) => Boolean(data?.id),
        components: { Field: '@/components/admin/NoticeDeliveryStatus#NoticeDeliveryStatus' },
      },
    },
    {
      // Recipient count, preview and test mail while the message is being written.
      name: 'composer',
      type: 'ui',
      admin: {
        condition: (data) => !data?.id,
        components: { Field: '@/components/admin/NoticeComposer#NoticeComposer' },
      },
    },
  ],
}
