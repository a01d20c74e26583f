import { csvBom, csvRow } from '@/domain/export/csv'

import type { Counts, Figures } from './aggregate'

const countCells = (counts: Counts) => [
  counts.registrations,
  counts.confirmedPersons,
  counts.checkedInPersons,
]

/**
 * The figures as one table for German Excel: what they cover, then the total, then each
 * municipality and each kind of organisation. Anonymous counts only, no person in it.
 */
export const figuresCsv = (figures: Figures, subject: string) =>
  csvBom +
  csvRow(['Auswertung', subject]) +
  csvRow(['Gruppe', 'Wert', 'Anmeldungen', 'Bestätigte Personen', 'Eingecheckte Personen']) +
  csvRow(['Gesamt', '', ...countCells(figures.total)]) +
  figures.byMunicipality.map((g) => csvRow(['Kommune', g.label, ...countCells(g)])).join('') +
  figures.byOrganisationKind
    .map((g) => csvRow(['Art der Organisation', g.label, ...countCells(g)]))
    .join('')
