/** What a person is told after sending a form; shown on the site and returned by the API. */
export const submissionMessages = {
  exportForbidden: 'Keine Berechtigung für den Export.',
  refused: {
    closed: 'Die Anmeldung für diese Veranstaltung ist geschlossen.',
    deadlinePassed: 'Der Anmeldeschluss ist vorbei. Eine Anmeldung ist leider nicht mehr möglich.',
    eventCancelled: 'Diese Veranstaltung wurde abgesagt. Eine Anmeldung ist nicht möglich.',
    eventOver: 'Diese Veranstaltung hat bereits stattgefunden.',
    noRegistrationForm: 'Für diese Veranstaltung ist keine Anmeldung vorgesehen.',
  },
  // Says nothing about whether the address was registered: only the mailbox owner learns that.
  duplicate:
    'Vielen Dank. Wir haben Ihnen eine E-Mail an die angegebene Adresse geschickt; sie enthält alle Angaben zu Ihrer Anmeldung und einen Link zum Abmelden.',
  addressTakenForEvent:
    'Unter dieser E-Mail-Adresse ist bereits eine andere Anmeldung zu dieser Veranstaltung eingetragen. Bitte prüfen Sie, ob es dieselbe Person ist, und stornieren Sie gegebenenfalls eine der beiden Anmeldungen.',
  registrationNeedsEmail:
    'Eine Anmeldung braucht eine E-Mail-Adresse: Bestätigungen und Änderungen gehen dorthin.',
  duplicateForStaff:
    'Für diese E-Mail-Adresse besteht bereits eine Anmeldung zu dieser Veranstaltung. Es wurde keine zweite angelegt.',
  eventCancelledForStaff:
    'Diese Veranstaltung ist abgesagt: Eine Anmeldung kann weder bestätigt noch auf die Warteliste gesetzt werden.',
  // A fault of ours, not of the answers (the database dropped): nothing was kept.
  failed:
    'Ihre Einsendung konnte gerade nicht gespeichert werden; es wurde nichts gespeichert. Bitte versuchen Sie es in einigen Minuten erneut.',
  rateLimited:
    'Von Ihrem Anschluss oder für diese E-Mail-Adresse sind gerade sehr viele Einsendungen eingegangen. Bitte versuchen Sie es in einer Stunde erneut oder schreiben Sie uns eine E-Mail.',
  spam: {
    honeypot:
      'Ihre Einsendung konnte nicht angenommen werden. Bitte lassen Sie das Feld „Website“ leer oder schreiben Sie uns eine E-Mail.',
    tooFast:
      'Das ging sehr schnell – bitte prüfen Sie Ihre Angaben noch einmal und senden Sie das Formular dann erneut ab.',
    tokenInvalid:
      'Das Formular ist nicht mehr gültig. Bitte laden Sie die Seite neu und senden Sie es erneut ab.',
    tokenExpired:
      'Das Formular war zu lange geöffnet. Ihre Angaben sind noch da – bitte senden Sie es erneut ab.',
  },
  noEvent: 'Bitte wählen Sie die Veranstaltung, zu der Sie sich anmelden möchten.',
  noEventForForm: 'Eine Anmeldung ist hier zurzeit nicht möglich.',
  unknownEvent: 'Diese Veranstaltung gibt es nicht (mehr).',
  unknownForm: 'Dieses Formular gibt es nicht (mehr).',
  formNotForEvent:
    'Dieses Formular gehört nicht zu dieser Veranstaltung. Bitte melden Sie sich über die Seite der Veranstaltung an.',
  invalidPersons: 'Bitte geben Sie als Personenzahl eine ganze Zahl von 1 bis 10 000 an.',
  personsOnlyForRegistrations: 'Eine Personenzahl gibt es nur bei Anmeldungen.',
  invalidMunicipality: 'Bitte wählen Sie eine Kommune aus der Liste.',
  invalidOrganisationKind: 'Bitte wählen Sie eine Art der Organisation aus der Liste.',
  overCapacityReasonMissing:
    'Bitte geben Sie einen Grund an, warum über die Kapazität hinaus bestätigt werden soll.',
  notEnoughSeats: (left: number, persons: number) =>
    `Nicht genug freie Plätze: noch ${left} frei, benötigt ${persons}.`,
  wrongStatusForKind: 'Dieser Status passt nicht zur Art der Einsendung.',
  invalidAnswers: 'Bitte prüfen Sie die Antworten.',
} as const
