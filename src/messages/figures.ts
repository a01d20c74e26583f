/** What the Auswertung (figures for the funder) tells coordinators. */
export const figuresMessages = {
  title: 'Auswertung',
  forbidden: 'Die Auswertung dürfen nur Koordination und Administration abrufen.',
  signedOut: 'Bitte melden Sie sich an, um die Auswertung abzurufen.',
  noSelection: 'Bitte wählen Sie eine Veranstaltung oder einen Zeitraum.',
  eventAndPeriod: 'Bitte wählen Sie entweder eine Veranstaltung oder einen Zeitraum, nicht beides.',
  invalidEvent: 'Die Veranstaltung ist ungültig.',
  unknownEvent: 'Diese Veranstaltung gibt es nicht.',
  periodIncomplete: 'Bitte geben Sie für den Zeitraum Anfang („von“) und Ende („bis“) an.',
  invalidDate: (which: 'von' | 'bis') =>
    `Das Datum „${which}“ ist ungültig. Bitte im Format JJJJ-MM-TT zwischen den Jahren 2000 und 2999 angeben, z. B. 2026-12-01.`,
  periodBackwards: 'Der Zeitraum endet vor seinem Anfang. Bitte prüfen Sie „von“ und „bis“.',
  periodTooLong: 'Der Zeitraum darf höchstens zehn Jahre umfassen.',
  notStated: 'keine Angabe',
  csv: 'CSV (Excel) herunterladen',
} as const
