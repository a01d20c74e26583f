import { describe, expect, it } from 'vitest'

import { aggregateFigures, type FigureRow } from '@/domain/figures/aggregate'
import { figuresCsv } from '@/domain/figures/csv'
import { parseFiguresSelection, periodBounds, selectionQuery } from '@/domain/figures/selection'
import {
  registrationMunicipalities,
  registrationOrganisationKinds,
} from '@/domain/partnerCategories'

import { parseCsv } from '../helpers/csv'

const rows: FigureRow[] = [
  {
    status: 'confirmed',
    persons: 2,
    checkedIn: true,
    municipality: 'Kyritz',
    organisationKind: 'education',
  },
  {
    status: 'confirmed',
    persons: 3,
    checkedIn: false,
    municipality: 'Kyritz',
    organisationKind: 'none',
  },
  {
    status: 'confirmed',
    persons: null,
    checkedIn: true,
    municipality: null,
    organisationKind: null,
  },
  { status: 'waitlisted', persons: 4, municipality: 'außerhalb von OPR', organisationKind: 'none' },
  {
    status: 'cancelled',
    persons: 5,
    checkedIn: true,
    municipality: 'Kyritz',
    organisationKind: 'education',
  },
]

describe('the figures for the funder', () => {
  it('counts registrations holding or awaiting a seat, confirmed and checked-in persons', () => {
    expect(aggregateFigures(rows).total).toEqual({
      registrations: 4,
      confirmedPersons: 6,
      checkedInPersons: 3,
    })
  })

  it('breaks them down by municipality: every listed one in order, unstated last', () => {
    const { byMunicipality } = aggregateFigures(rows)
    expect(byMunicipality.map((g) => g.label)).toEqual([
      ...registrationMunicipalities,
      'keine Angabe',
    ])
    expect(byMunicipality.find((g) => g.key === 'Kyritz')).toMatchObject({
      registrations: 2,
      confirmedPersons: 5,
      checkedInPersons: 2,
    })
    expect(byMunicipality.find((g) => g.key === 'außerhalb von OPR')).toMatchObject({
      registrations: 1,
      confirmedPersons: 0,
    })
    expect(byMunicipality.at(-1)).toMatchObject({ confirmedPersons: 1, checkedInPersons: 1 })
  })

  it('breaks them down by kind of organisation with German labels', () => {
    const { byOrganisationKind } = aggregateFigures(rows)
    expect(byOrganisationKind.map((g) => g.label)).toEqual([
      ...registrationOrganisationKinds.map((kind) => kind.label),
      'keine Angabe',
    ])
    expect(byOrganisationKind.find((g) => g.key === 'none')).toMatchObject({
      label: 'keine / privat',
      registrations: 2,
      confirmedPersons: 3,
      checkedInPersons: 0,
    })
  })

  it('shows a value no longer on the list under its own name rather than dropping it', () => {
    const { byMunicipality } = aggregateFigures([
      { status: 'confirmed', persons: 1, municipality: 'Landkreisweit' },
    ])
    expect(byMunicipality.at(-1)).toMatchObject({ label: 'Landkreisweit', confirmedPersons: 1 })
  })

  it('leaves out "keine Angabe" when everyone answered', () => {
    const { byMunicipality } = aggregateFigures([
      { status: 'confirmed', persons: 1, municipality: 'Neuruppin' },
    ])
    expect(byMunicipality.map((g) => g.label)).not.toContain('keine Angabe')
  })
})

describe('the figures as CSV', () => {
  it('is one table for German Excel with the subject, total and both breakdowns', () => {
    const text = figuresCsv(aggregateFigures(rows), '=Netzwerktreffen (01.12.2026)')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const table = parseCsv(text.slice(1))
    expect(table[0]).toEqual(['Auswertung', `'=Netzwerktreffen (01.12.2026)`])
    expect(table[1]).toEqual([
      'Gruppe',
      'Wert',
      'Anmeldungen',
      'Bestätigte Personen',
      'Eingecheckte Personen',
    ])
    expect(table[2]).toEqual(['Gesamt', '', '4', '6', '3'])
    expect(table).toContainEqual(['Kommune', 'Kyritz', '2', '5', '2'])
    expect(table).toContainEqual(['Art der Organisation', 'keine / privat', '2', '3', '0'])
    expect(table).toHaveLength(
      3 + registrationMunicipalities.length + 1 + registrationOrganisationKinds.length + 1,
    )
  })
})

describe('choosing what the figures cover', () => {
  it('reads an event', () => {
    expect(parseFiguresSelection({ veranstaltung: '12' })).toEqual({
      ok: true,
      selection: { kind: 'event', eventId: 12 },
    })
  })

  it('reads a period', () => {
    expect(parseFiguresSelection({ von: '2026-01-01', bis: '2026-12-31' })).toEqual({
      ok: true,
      selection: { kind: 'period', from: '2026-01-01', to: '2026-12-31' },
    })
  })

  it('asks for a choice when nothing is chosen', () => {
    expect(parseFiguresSelection({})).toEqual({ ok: 'none' })
    expect(parseFiguresSelection({ veranstaltung: '' })).toEqual({ ok: 'none' })
  })

  it.each([
    [{ veranstaltung: 'abc' }, 'Die Veranstaltung ist ungültig.'],
    [{ veranstaltung: '-1' }, 'Die Veranstaltung ist ungültig.'],
    [{ veranstaltung: '0' }, 'Die Veranstaltung ist ungültig.'],
    [{ veranstaltung: '99999999999' }, 'Die Veranstaltung ist ungültig.'],
    [{ veranstaltung: ['1', '2'] }, 'Die Veranstaltung ist ungültig.'],
    [{ veranstaltung: '1', von: '2026-01-01' }, 'entweder eine Veranstaltung oder einen Zeitraum'],
    [{ von: '2026-01-01' }, 'Anfang („von“) und Ende („bis“)'],
    [{ von: '01.01.2026', bis: '2026-12-31' }, 'Das Datum „von“ ist ungültig'],
    [{ von: '2026-01-01', bis: '2026-02-30' }, 'Das Datum „bis“ ist ungültig'],
    [{ von: '2026-12-31', bis: '2026-01-01' }, 'endet vor seinem Anfang'],
    [{ von: '2000-01-01', bis: '2026-01-01' }, 'höchstens zehn Jahre'],
    // the day after 9999-12-31 has no four-digit year (was a 500 in the view and the CSV)
    [{ von: '9999-12-30', bis: '9999-12-31' }, 'Das Datum „von“ ist ungültig'],
    // JavaScript's Date reads year 50 as 1950 (was answered as "01.01.50 bis 31.12.50")
    [{ von: '0050-01-01', bis: '0050-12-31' }, 'Das Datum „von“ ist ungültig'],
    [{ von: '2026-01-01', bis: '3000-01-01' }, 'Das Datum „bis“ ist ungültig'],
  ])('refuses %j in German', (query, message) => {
    const result = parseFiguresSelection(query as Record<string, unknown>)
    expect(result.ok).toBe(false)
    expect((result as { message: string }).message).toContain(message)
  })

  it('covers whole Berlin days, both ends included', () => {
    const { start, endExclusive } = periodBounds({ from: '2026-03-01', to: '2026-03-31' })
    expect(start.toISOString()).toBe('2026-02-28T23:00:00.000Z')
    // the clocks went forward on 29 March: midnight of 1 April is 22:00 UTC
    expect(endExclusive.toISOString()).toBe('2026-03-31T22:00:00.000Z')
  })

  it('writes the choice back as the query the CSV link needs', () => {
    expect(selectionQuery({ kind: 'event', eventId: 7 })).toBe('veranstaltung=7')
    expect(selectionQuery({ kind: 'period', from: '2026-01-01', to: '2026-06-30' })).toBe(
      'von=2026-01-01&bis=2026-06-30',
    )
  })
})
