import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin, isStaff, publicPartnerOrStaff } from '@/access/roles'
import { collectionSlugs } from '@/config/slugs'
import { municipalities, partnerCategories } from '@/domain/partnerCategories'
import { slugField } from '@/fields/slug'
import { revalidateOnChange, revalidateOnDelete } from '@/lib/revalidate'
import { queueListedMail } from './hooks/queueListedMail'
import { namingConsentField } from './namingConsentField'
import { requireNamingConsent } from './hooks/requireNamingConsent'

/** Set by server code only (the action on a declaration, the mail claim), never typed. */
const systemOnly = { read: isStaff, create: () => false, update: () => false }

export const Partners: CollectionConfig = {
  slug: collectionSlugs.partners,
  labels: {
    singular: { de: 'Partnerorganisation', en: 'Partner organisation' },
    plural: { de: 'Partnerorganisationen', en: 'Partner organisations' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', 'municipality', 'isPublic'],
    group: { de: 'Inhalte', en: 'Content' },
  },
  access: {
    read: publicPartnerOrStaff,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  defaultSort: 'name',
  hooks: {
    beforeChange: [requireNamingConsent],
    afterChange: [queueListedMail, revalidateOnChange],
    afterDelete: [revalidateOnDelete],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { de: 'Name', en: 'Name' },
    },
    slugField('name'),
    {
      name: 'isPublic',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { de: 'Darf öffentlich genannt werden', en: 'May be named publicly' },
      admin: {
        position: 'sidebar',
        description: {
          de: 'Nur mit Einverständnis der Organisation ankreuzen. Ohne Haken erscheint sie nirgends auf der Website.',
          en: 'Only with the organisation’s consent; otherwise it appears nowhere on the site.',
        },
      },
    },
    {
      name: 'category',
      type: 'select',
      required: true,
      index: true,
      options: partnerCategories.map(({ value, label }) => ({
        value,
        label: { de: label, en: label },
      })),
      label: { de: 'Bereich', en: 'Category' },
    },
    {
      name: 'municipality',
      type: 'select',
      options: municipalities.map((m) => ({ value: m, label: m })),
      label: { de: 'Gemeinde / Amt in OPR', en: 'Municipality' },
    },
    {
      name: 'website',
      type: 'text',
      label: { de: 'Website', en: 'Website' },
      validate: (value: unknown) =>
        !value ||
        /^https?:\/\/\S+\.\S+$/.test(String(value)) ||
        'Bitte eine Adresse mit https:// angeben.',
    },
    {
      name: 'description',
      type: 'textarea',
      maxLength: 600,
      label: { de: 'Kurzbeschreibung', en: 'Short description' },
    },
    {
      name: 'logo',
      type: 'upload',
      relationTo: collectionSlugs.media,
      label: { de: 'Logo', en: 'Logo' },
    },
    {
      name: 'partnerSince',
      type: 'date',
      label: { de: 'Partner:in seit', en: 'Partner since' },
      admin: { date: { pickerAppearance: 'monthOnly', displayFormat: 'MM/yyyy' } },
    },
    {
      // One entry per declaration (unique): a second click on the action finds this one.
      name: 'declaration',
      type: 'relationship',
      relationTo: collectionSlugs.formSubmissions,
      unique: true,
      access: systemOnly,
      label: { de: 'Aus Partnerschafts-Erklärung', en: 'From partnership declaration' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => Boolean(data?.declaration),
        description: {
          de: 'Angelegt aus dieser Erklärung. Öffentlich nur, solange die Einwilligung zur Nennung besteht; ihr Widerruf nimmt den Eintrag sofort von der Website.',
          en: 'Created from this declaration; public only while the consent to be named stands.',
        },
      },
    },
    namingConsentField,
    {
      name: 'listedMailQueuedAt',
      type: 'date',
      access: systemOnly,
      label: {
        de: 'Benachrichtigung über die Nennung eingereiht am',
        en: 'Listing mail queued at',
      },
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => Boolean(data?.listedMailQueuedAt),
        date: { pickerAppearance: 'dayAndTime', displayFormat: "dd.MM.yyyy, HH:mm 'Uhr'" },
      },
    },
    {
      // Personal data of a contact person: never public, whatever the organisation allows.
      name: 'internalContact',
      type: 'group',
      label: { de: 'Interne Ansprechperson (nicht öffentlich)', en: 'Internal contact (private)' },
      access: { read: isStaff, create: isStaff, update: isStaff },
      fields: [
        { name: 'name', type: 'text', label: { de: 'Name', en: 'Name' } },
        { name: 'email', type: 'email', label: { de: 'E-Mail', en: 'Email' } },
        { name: 'phone', type: 'text', label: { de: 'Telefon', en: 'Phone' } },
      ],
    },
  ],
}
