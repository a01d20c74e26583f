import type { Field } from 'payload'

import { nobody } from '@/access/roles'

const submissionCell = '@/components/admin/SubmissionCell#SubmissionCell'

/**
 * Every column of the submissions list through `SubmissionCell`: empty cells stay empty instead of
 * Payload's "<Kein …>", yes/no and dates in German. Set on the fields, so that any column a
 * coordinator adds to the list behaves the same.
 */
export const withSubmissionCells = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'row' || field.type === 'collapsible')
      return { ...field, fields: withSubmissionCells(field.fields) }
    if (!('name' in field) || field.type === 'ui') return field
    return {
      ...field,
      admin: { ...field.admin, components: { ...field.admin?.components, Cell: submissionCell } },
    } as Field
  })

/** Payload's own creation date, named for what it is here and shown through the same cell. */
export const receivedAtField: Field = {
  name: 'createdAt',
  type: 'date',
  index: true,
  // When it arrived is a fact (deadlines and retention periods count from it), not an edit.
  access: { update: nobody },
  label: { de: 'Eingegangen', en: 'Received' },
  admin: { hidden: true, disableBulkEdit: true },
}
