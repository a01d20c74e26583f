'use client'

import { DefaultCell } from '@payloadcms/ui'
import type { ClientField, DefaultCellComponentProps } from 'payload'

import { formatDateTime, formatNumericDate } from '@/domain/dates'
import { RelatedTitle } from './RelatedTitle'

const isEmpty = (value: unknown) =>
  value == null || value === '' || (Array.isArray(value) && value.length === 0)

/** Yes/no and moments as the office reads them; `undefined` leaves the value to Payload's cell. */
const germanText = ({ cellData, field }: DefaultCellComponentProps): string | undefined => {
  if (field.type === 'checkbox') return cellData ? 'ja' : 'nein'
  if (field.type === 'date' && typeof cellData === 'string')
    return (field.admin as { date?: { pickerAppearance?: string } } | undefined)?.date
      ?.pickerAppearance === 'dayOnly'
      ? formatNumericDate(cellData)
      : formatDateTime(cellData)
  return undefined
}

/**
 * A cell of the submissions list. Payload fills an empty cell with "<Kein Name>" and writes
 * "wahr/falsch" and its own date format; here an empty cell stays empty, yes/no is "ja"/"nein" and
 * a moment "01.12.2026, 04:05 Uhr" in Berlin time, a related event by its title (empty while it
 * loads). Everything else is Payload's own cell, links included.
 */
export const SubmissionCell = (props: DefaultCellComponentProps) => {
  const text = germanText(props)
  if (text !== undefined)
    return (
      <DefaultCell
        {...props}
        cellData={text}
        field={{ ...props.field, type: 'text' } as ClientField}
      />
    )
  const { cellData, field, link } = props
  if (
    field.type === 'relationship' &&
    typeof field.relationTo === 'string' &&
    (typeof cellData === 'number' || typeof cellData === 'string') &&
    cellData !== '' &&
    !link
  )
    return <RelatedTitle relationTo={field.relationTo} id={cellData} />
  if (!isEmpty(cellData)) return <DefaultCell {...props} />
  // The linked column must still lead to the submission.
  return link ? (
    <DefaultCell
      {...props}
      cellData="Einsendung öffnen"
      field={{ ...props.field, type: 'text' } as ClientField}
    />
  ) : null
}
