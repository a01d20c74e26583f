import type { Block } from 'payload'

import {
  assessmentMethodLabels,
  assessmentMethods,
  complianceLabels,
  complianceStatuses,
  exemptionLabels,
  exemptionReasons,
} from '@/domain/accessibility/statement'
import { selectOptions } from '@/fields/selectOptions'

/**
 * The "Erklärung zur Barrierefreiheit" (§ 12b BGG, § 4 BbgBITV with Annex of the EU implementing
 * decision 2018/1523): every section the law names is its own required field, so the page cannot
 * lose one by accident.
 */
export const AccessibilityStatementBlock: Block = {
  slug: 'accessibilityStatement',
  interfaceName: 'AccessibilityStatementBlock',
  // PostgreSQL names stop at 63 characters; the versions table adds a prefix
  dbName: 'pages_blocks_a11y_statement',
  labels: {
    singular: { de: 'Erklärung zur Barrierefreiheit', en: 'Accessibility statement' },
    plural: { de: 'Erklärungen zur Barrierefreiheit', en: 'Accessibility statements' },
  },
  fields: [
    {
      name: 'scope',
      type: 'textarea',
      required: true,
      label: { de: 'Geltungsbereich', en: 'Scope' },
      admin: {
        description: {
          de: 'Für welche Website gilt die Erklärung, nach welcher Vorschrift?',
          en: 'Which website, under which rules.',
        },
      },
    },
    {
      name: 'compliance',
      type: 'select',
      required: true,
      defaultValue: 'partial',
      options: selectOptions(complianceStatuses, complianceLabels),
      label: { de: 'Stand der Vereinbarkeit', en: 'Compliance status' },
    },
    {
      name: 'nonAccessibleParts',
      type: 'array',
      dbName: 'pages_blocks_a11y_statement_parts',
      label: { de: 'Nicht barrierefreie Inhalte', en: 'Non-accessible content' },
      labels: {
        singular: { de: 'Einschränkung', en: 'Limitation' },
        plural: { de: 'Einschränkungen', en: 'Limitations' },
      },
      fields: [
        { name: 'content', type: 'text', required: true, label: { de: 'Inhalt', en: 'Content' } },
        {
          name: 'reason',
          type: 'select',
          required: true,
          options: selectOptions(exemptionReasons, exemptionLabels),
          label: { de: 'Grund', en: 'Reason' },
        },
        { name: 'explanation', type: 'textarea', label: { de: 'Erläuterung', en: 'Explanation' } },
        {
          name: 'alternative',
          type: 'textarea',
          required: true,
          label: { de: 'Barrierefreie Alternative', en: 'Accessible alternative' },
        },
      ],
    },
    {
      name: 'assessment',
      type: 'group',
      label: { de: 'Erstellung dieser Erklärung', en: 'Preparation of this statement' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'assessedOn',
              type: 'date',
              required: true,
              label: { de: 'Bewertet am', en: 'Assessed on' },
              admin: {
                width: '33%',
                date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' },
              },
            },
            {
              name: 'reviewedOn',
              type: 'date',
              required: true,
              label: { de: 'Zuletzt überprüft am', en: 'Last reviewed on' },
              admin: {
                width: '33%',
                date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' },
              },
            },
            {
              name: 'method',
              type: 'select',
              required: true,
              defaultValue: 'selfAssessment',
              options: selectOptions(assessmentMethods, assessmentMethodLabels),
              label: { de: 'Methode', en: 'Method' },
              admin: { width: '33%' },
            },
          ],
        },
        {
          name: 'methodDetails',
          type: 'textarea',
          required: true,
          label: { de: 'Wie wurde geprüft?', en: 'How was it assessed?' },
        },
      ],
    },
    {
      name: 'feedback',
      type: 'group',
      label: { de: 'Feedback und Kontakt', en: 'Feedback and contact' },
      fields: [
        { name: 'text', type: 'textarea', required: true, label: { de: 'Text', en: 'Text' } },
        {
          type: 'row',
          fields: [
            {
              name: 'email',
              type: 'email',
              required: true,
              label: { de: 'E-Mail', en: 'E-mail' },
              admin: { width: '50%' },
            },
            {
              name: 'phone',
              type: 'text',
              label: { de: 'Telefon', en: 'Phone' },
              admin: { width: '50%' },
            },
          ],
        },
      ],
    },
    {
      name: 'enforcement',
      type: 'group',
      label: { de: 'Durchsetzungsverfahren', en: 'Enforcement procedure' },
      fields: [
        { name: 'text', type: 'textarea', required: true, label: { de: 'Text', en: 'Text' } },
        { name: 'body', type: 'text', required: true, label: { de: 'Stelle', en: 'Body' } },
        { name: 'address', type: 'textarea', label: { de: 'Anschrift', en: 'Address' } },
        {
          type: 'row',
          fields: [
            {
              name: 'email',
              type: 'email',
              label: { de: 'E-Mail', en: 'E-mail' },
              admin: { width: '50%' },
            },
            {
              name: 'url',
              type: 'text',
              required: true,
              label: { de: 'Website', en: 'Website' },
              admin: { width: '50%' },
            },
          ],
        },
      ],
    },
  ],
}
