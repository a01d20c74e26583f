import { formatTime } from '@/domain/dates'
import { csvBom, csvRow } from '@/domain/export/csv'

import type { DoorListEntry } from './entries'

/** The printed list's columns, so that the CSV can be printed or filled in the same way. */
const columns: { heading: string; value: (entry: DoorListEntry, number: number) => unknown }[] = [
  { heading: 'Nr.', value: (_, number) => number },
  { heading: 'Name', value: (entry) => entry.name },
  { heading: 'Organisation', value: (entry) => entry.organisation },
  { heading: 'Personen', value: (entry) => entry.persons },
  { heading: 'Unterstützungsbedarf', value: (entry) => entry.supportNeeds },
  {
    heading: 'Eingecheckt',
    value: (entry) =>
      entry.checkedIn ? (entry.checkedInAt ? `${formatTime(entry.checkedInAt)} Uhr` : 'ja') : '',
  },
  { heading: 'Unterschrift', value: () => '' },
]

/** The whole door list as CSV for German Excel (BOM, `;`, formulas defused by `csvCell`). */
export const doorListCsv = (entries: DoorListEntry[]) =>
  csvBom +
  csvRow(columns.map((column) => column.heading)) +
  entries.map((entry, index) => csvRow(columns.map((c) => c.value(entry, index + 1)))).join('')
