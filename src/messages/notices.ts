/** What the admin tells a coordinator who writes to the registrants of an event. */
export const noticeMessages = {
  previewForbidden: 'Nur die Redaktion und die Administration dürfen Veranstaltungen ändern.',
  previewUnknownEvent: 'Unbekannte Veranstaltung.',
  previewInvalid: 'Die Angaben der Veranstaltung sind unvollständig oder ungültig.',
  refused: {
    unknownEvent: 'Diese Veranstaltung gibt es nicht (mehr).',
    noRegistration:
      'Diese Veranstaltung hat keine Anmeldung – es gibt niemanden, dem Sie schreiben könnten.',
    noSubject: 'Bitte geben Sie einen Betreff an.',
    noText: 'Bitte schreiben Sie einen Text.',
    unknownAudience: 'Bitte wählen Sie, wer die Nachricht erhalten soll.',
    testWithoutUser: 'Eine Test-E-Mail geht nur an angemeldete Mitarbeitende.',
    subjectTooLong: 'Der Betreff darf höchstens 200 Zeichen lang sein.',
    textTooLong: 'Der Text darf höchstens 10 000 Zeichen lang sein.',
  },
  forbidden: 'Nachrichten an Angemeldete dürfen nur Koordination und Administration schreiben.',
  testQueued: (address: string) =>
    `Die Test-E-Mail an ${address} ist im Postausgang und kommt in wenigen Sekunden an.`,
  recipients: (count: number) =>
    count === 1
      ? 'Geht an 1 Person; sie erhält eine eigene E-Mail.'
      : `Geht an ${count} Personen, jede:r erhält eine eigene E-Mail.`,
}
