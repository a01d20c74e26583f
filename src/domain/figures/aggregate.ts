import { activeRegistrationStatuses, type SubmissionStatus } from '@/domain/forms/kinds'
import {
  registrationMunicipalities,
  registrationOrganisationKinds,
} from '@/domain/partnerCategories'
import { figuresMessages } from '@/messages/figures'

/** What one registration contributes to the figures: no name, no address, only categories. */
export type FigureRow = {
  status?: SubmissionStatus | null
  persons?: number | null
  checkedIn?: boolean | null
  municipality?: string | null
  organisationKind?: string | null
}

export type Counts = {
  /** registrations that hold or wait for a seat (as the dashboard counts them) */
  registrations: number
  confirmedPersons: number
  checkedInPersons: number
}

export type FigureGroup = Counts & { key: string; label: string }

export type Figures = {
  total: Counts
  byMunicipality: FigureGroup[]
  byOrganisationKind: FigureGroup[]
}

const notStated = ''

const zero = (): Counts => ({ registrations: 0, confirmedPersons: 0, checkedInPersons: 0 })

const add = (counts: Counts, row: FigureRow) => {
  const persons = row.persons ?? 1
  if (row.status && activeRegistrationStatuses.includes(row.status)) counts.registrations++
  if (row.status === 'confirmed') {
    counts.confirmedPersons += persons
    if (row.checkedIn) counts.checkedInPersons += persons
  }
}

/**
 * Every listed category in list order (zeros too: the funder asks about reach across the county),
 * then values no longer on the list, then "keine Angabe".
 */
const groupBy = (
  rows: FigureRow[],
  keyOf: (row: FigureRow) => string | null | undefined,
  listed: readonly { key: string; label: string }[],
): FigureGroup[] => {
  const groups = new Map<string, FigureGroup>(
    listed.map(({ key, label }) => [key, { key, label, ...zero() }]),
  )
  for (const row of rows) {
    const key = keyOf(row) || notStated
    let group = groups.get(key)
    if (!group) {
      group = { key, label: key === notStated ? figuresMessages.notStated : key, ...zero() }
      groups.set(key, group)
    }
    add(group, row)
  }
  const stated = [...groups.values()].filter((group) => group.key !== notStated)
  const unstated = groups.get(notStated)
  return unstated ? [...stated, unstated] : stated
}

const municipalityList = registrationMunicipalities.map((name) => ({ key: name, label: name }))
const organisationKindList = registrationOrganisationKinds.map(({ value, label }) => ({
  key: value,
  label,
}))

/** Registrations, confirmed and checked-in persons: in total, by municipality, by organisation. */
export const aggregateFigures = (rows: FigureRow[]): Figures => {
  const total = zero()
  for (const row of rows) add(total, row)
  return {
    total,
    byMunicipality: groupBy(rows, (row) => row.municipality, municipalityList),
    byOrganisationKind: groupBy(rows, (row) => row.organisationKind, organisationKindList),
  }
}
