import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin, publishedOrStaff } from '@/access/roles'
import { collectionSlugs } from '@/config/slugs'
import { slugField } from '@/fields/slug'
import { revalidateOnDelete, revalidateOnPublish } from '@/lib/revalidate'
import { eventPath } from '@/lib/paths'
import { previewUrl } from '@/lib/preview'
import {
  contactField,
  imageField,
  programmeField,
  registrationField,
  scheduleFields,
  venueFields,
} from './fields'
import { doorListCsv } from './endpoints/doorListCsv'
import { noticePreview } from './endpoints/noticePreview'
import { announceEventChange, rememberPublishedFacts } from './hooks/announceEventChange'
import { promoteOnMoreSeats } from './hooks/promoteOnMoreSeats'
import { raiseCalendarSequence } from './hooks/raiseCalendarSequence'
import { guardEventDeletion } from './hooks/guardEventDeletion'
import { registrantNoticeFields } from './registrantNotice'

export const eventStatuses = [
  { value: 'planned', label: { de: 'geplant', en: 'planned' } },
  { value: 'postponed', label: { de: 'verschoben', en: 'postponed' } },
  { value: 'cancelled', label: { de: 'abgesagt', en: 'cancelled' } },
]

export const Events: CollectionConfig = {
  slug: collectionSlugs.events,
  labels: {
    singular: { de: 'Veranstaltung', en: 'Event' },
    plural: { de: 'Veranstaltungen', en: 'Events' },
  },
  admin: {
    useAsTitle: 'title',
    components: {
      edit: { PublishButton: '@/components/admin/EventPublishButton#EventPublishButton' },
    },
    defaultColumns: ['title', 'dateLine', 'eventStatus', 'isExample', '_status'],
    group: { de: 'Inhalte', en: 'Content' },
    listSearchableFields: ['title', 'summary'],
    livePreview: { url: ({ data }) => previewUrl(eventPath(String(data?.slug ?? ''))) },
    preview: (doc) => previewUrl(eventPath(String(doc?.slug ?? ''))),
  },
  access: {
    read: publishedOrStaff,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  defaultSort: '-start',
  endpoints: [noticePreview, doorListCsv],
  versions: {
    drafts: { schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: {
    beforeChange: [raiseCalendarSequence, rememberPublishedFacts],
    afterChange: [revalidateOnPublish, promoteOnMoreSeats, announceEventChange],
    beforeDelete: [guardEventDeletion],
    afterDelete: [revalidateOnDelete],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { de: 'Titel', en: 'Title' },
    },
    slugField(),
    {
      name: 'isExample',
      type: 'checkbox',
      defaultValue: false,
      label: { de: 'Beispieldaten', en: 'Example data' },
      admin: {
        position: 'sidebar',
        description: {
          de: 'Nur zum Ausprobieren angelegt; vor dem Start der echten Website löschen.',
          en: 'Created for trying things out; delete before going live.',
        },
      },
    },
    {
      // Not `status`: Payload's drafts already own `_status` and its database enum name.
      name: 'eventStatus',
      type: 'select',
      required: true,
      defaultValue: 'planned',
      options: eventStatuses,
      label: { de: 'Stand', en: 'Status' },
      admin: {
        position: 'sidebar',
        description: {
          de: '„abgesagt“ storniert alle offenen Anmeldungen (auch die Warteliste); wer wieder auf „geplant“ stellt, muss die Anmeldungen neu aufnehmen – sie bleiben storniert. „verschoben“ lässt die Anmeldungen bestehen.',
          en: '"cancelled" ends all open registrations, also when set back to planned later; "postponed" keeps them.',
        },
      },
    },
    ...registrantNoticeFields,
    {
      // Raised by a hook whenever a calendar entry would change (RFC 5545 SEQUENCE).
      name: 'calendarSequence',
      type: 'number',
      defaultValue: 0,
      label: { de: 'Kalender-Version', en: 'Calendar sequence' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { de: 'Termin und Ort', en: 'Date and venue' },
          fields: [...scheduleFields, ...venueFields],
        },
        {
          label: { de: 'Inhalt', en: 'Content' },
          fields: [
            {
              name: 'summary',
              type: 'textarea',
              maxLength: 500,
              label: { de: 'Kurzbeschreibung', en: 'Summary' },
              admin: {
                description: {
                  de: 'Ein bis drei Sätze für Übersichten und Suchmaschinen.',
                  en: 'One to three sentences for lists and search engines.',
                },
              },
            },
            {
              name: 'description',
              type: 'richText',
              label: { de: 'Beschreibung', en: 'Description' },
            },
            imageField,
          ],
        },
        { label: { de: 'Programm', en: 'Programme' }, fields: [programmeField] },
        {
          label: { de: 'Anmeldung und Kontakt', en: 'Registration and contact' },
          fields: [registrationField, contactField],
        },
        {
          label: { de: 'Mitteilungen', en: 'Notices' },
          fields: [
            {
              name: 'writeToRegistrants',
              type: 'ui',
              admin: {
                components: {
                  Field: '@/components/admin/WriteToRegistrantsLink#WriteToRegistrantsLink',
                },
              },
            },
            {
              name: 'notices',
              type: 'join',
              collection: collectionSlugs.eventNotices,
              on: 'event',
              // A coordinator's test mail to themselves is no notice to the registrants.
              where: { test: { not_equals: true } },
              label: { de: 'Mitteilungen an Angemeldete', en: 'Notices to registrants' },
              admin: { defaultColumns: ['subject', 'kind', 'delivery', 'createdAt'] },
            },
          ],
        },
      ],
    },
  ],
}
