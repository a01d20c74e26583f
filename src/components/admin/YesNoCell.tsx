'use client'

import { DefaultCell } from '@payloadcms/ui'
import type { ClientField, DefaultCellComponentProps } from 'payload'

/** A checkbox in an admin list as the office reads it: "ja"/"nein" instead of Payload's "wahr/falsch". */
export const YesNoCell = (props: DefaultCellComponentProps) => (
  <DefaultCell
    {...props}
    cellData={props.cellData ? 'ja' : 'nein'}
    field={{ ...props.field, type: 'text' } as ClientField}
  />
)
