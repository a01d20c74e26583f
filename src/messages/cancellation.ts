/** The self-service page behind the cancellation link in every registration mail. */
export const cancellationMessages = {
  title: 'Von der Veranstaltung abmelden',
  intro:
    'Möchten Sie diese Anmeldung wirklich stornieren? Ihr Platz geht dann an die nächste Person auf der Warteliste.',
  confirm: 'Ja, Anmeldung stornieren',
  keep: 'Nein, angemeldet bleiben',
  doneTitle: 'Sie sind abgemeldet',
  doneText:
    'Ihre Anmeldung ist storniert; eine Bestätigung ist per E-Mail unterwegs. Schade, dass Sie nicht dabei sein können.',
  invalidTitle: 'Dieser Link funktioniert nicht',
  invalidText:
    'Der Link ist unvollständig oder wurde verändert. Bitte öffnen Sie ihn direkt aus Ihrer E-Mail oder schreiben Sie uns:',
  expiredTitle: 'Dieser Link ist abgelaufen',
  expiredText:
    'Die Veranstaltung ist vorbei, eine Abmeldung ist nicht mehr nötig. Bei Fragen schreiben Sie uns:',
  facts: {
    event: 'Veranstaltung',
    when: 'Wann',
    name: 'Name',
    persons: 'Personen',
    status: 'Status',
  },
} as const
