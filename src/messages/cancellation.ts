/** The self-service page behind the link in every registration mail: see, change, cancel. */
export const cancellationMessages = {
  title: 'Ihre Anmeldung',
  intro: 'Hier sehen Sie Ihre Anmeldung. Sie können sie ändern oder sich abmelden.',
  changeTitle: 'Anmeldung ändern',
  changeIntro: (until: string) =>
    `Sie können die Zahl der Personen und Ihren Unterstützungsbedarf bis ${until} ändern.`,
  changeSubmit: 'Änderung speichern',
  changeSubmitting: 'Wird gespeichert …',
  changed:
    'Ihre Änderung ist gespeichert. Eine Bestätigung mit den neuen Angaben ist per E-Mail unterwegs.',
  unchanged: 'Sie haben nichts geändert; Ihre Anmeldung bleibt, wie sie war.',
  notEnoughSeats: (wanted: number, kept: number, possible: number) =>
    `Für ${personsText(wanted)} sind nicht genug Plätze frei; möglich wären höchstens ${personsText(possible)}. Ihre Anmeldung für ${personsText(kept)} bleibt unverändert bestehen. Wenn Sie mit mehr Personen kommen möchten, schreiben Sie uns bitte.`,
  rateLimited:
    'Für diese Anmeldung sind gerade sehr viele E-Mails verschickt worden. Ihre Änderung wurde deshalb nicht gespeichert. Bitte versuchen Sie es in einer Stunde erneut oder schreiben Sie uns.',
  failed:
    'Ihre Änderung konnte gerade nicht gespeichert werden. Bitte versuchen Sie es in einigen Minuten erneut – Ihre Eingaben sind noch da.',
  problemTitle: 'Ihre Änderung wurde nicht gespeichert',
  noChangeableFields:
    'Das Anmeldeformular dieser Veranstaltung fragt weder nach der Zahl der Personen noch nach Unterstützungsbedarf; hier gibt es nichts zu ändern.',
  changeRefused: {
    deadlinePassed:
      'Der Anmeldeschluss ist vorbei; Änderungen sind über diese Seite nicht mehr möglich. Abmelden können Sie sich weiterhin. Für Änderungen schreiben Sie uns bitte:',
    eventCancelled:
      'Die Veranstaltung wurde abgesagt; Ihre Anmeldung kann nicht mehr geändert werden. Bei Fragen schreiben Sie uns:',
    notActive:
      'Diese Anmeldung ist storniert und kann nicht mehr geändert werden. Bei Fragen schreiben Sie uns:',
  },
  cancelTitle: 'Abmelden',
  cancelIntro:
    'Möchten Sie diese Anmeldung stornieren? Ihr Platz geht dann an die nächste Person auf der Warteliste.',
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
    supportNeeds: 'Unterstützungsbedarf',
    status: 'Status',
    changesUntil: 'Änderungen möglich bis',
  },
} as const

function personsText(count: number) {
  return count === 1 ? '1 Person' : `${count} Personen`
}
