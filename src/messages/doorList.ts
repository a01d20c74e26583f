/** What the door list (printed, on the phone, as CSV) tells coordinators. */
export const doorListMessages = {
  unknownEvent: 'Diese Veranstaltung gibt es nicht.',
  csvForbidden: 'Die Teilnehmerliste dürfen nur Koordination und Administration herunterladen.',
  noRegistrations: 'Noch keine bestätigten Anmeldungen.',
  noMatch: (query: string) => `Niemand auf der Liste passt zu „${query}“.`,
  searchLabel: 'Name oder Organisation suchen',
  searchButton: 'Suchen',
  counts: (checkedIn: number, expected: number) =>
    `${checkedIn} von ${expected} ${expected === 1 ? 'Person' : 'Personen'} eingecheckt`,
  registrations: (count: number) => (count === 1 ? '1 Anmeldung' : `${count} Anmeldungen`),
  checkIn: 'Einchecken',
  checkInLabel: (name: string) => `${name} einchecken`,
  checkedIn: (time: string | null) => (time ? `Eingecheckt ${time} Uhr` : 'Eingecheckt'),
  undo: 'Rückgängig',
  undoLabel: (name: string) => `Rückgängig: Check-in von ${name} zurücknehmen`,
  pending: 'Wird gespeichert …',
  retry: 'Erneut versuchen',
  refused: {
    offline: 'Nicht gespeichert: keine Verbindung zum Server. Bitte erneut versuchen.',
    timeout: 'Nicht gespeichert: der Server antwortet nicht. Bitte erneut versuchen.',
    signedOut: 'Nicht gespeichert: Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich neu an.',
    server: 'Nicht gespeichert: Fehler auf dem Server. Bitte erneut versuchen.',
  },
  print: { portrait: 'Drucken (A4 hoch)', landscape: 'Drucken (A4 quer)' },
  csv: 'CSV (Excel) herunterladen',
}
