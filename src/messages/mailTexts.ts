/**
 * The default wording of every mail text an editor can change in a form. Forms made before a text
 * existed keep it empty and mail this wording; the form's fields offer it as their default.
 */
export const defaultMailTexts = {
  confirmationMail: {
    subject: 'Ihre Anmeldung: {{veranstaltung}}',
    text: 'Guten Tag {{name}},\n\nvielen Dank für Ihre Anmeldung. Ihr Platz ist bestätigt. Wir freuen uns auf Sie!',
  },
  waitlistMail: {
    subject: 'Warteliste: {{veranstaltung}}',
    text: 'Guten Tag {{name}},\n\nvielen Dank für Ihre Anmeldung. Zurzeit sind alle Plätze vergeben; Sie stehen auf der Warteliste. Sobald ein Platz frei wird, rücken Sie automatisch nach und erhalten eine Bestätigung.',
  },
  promotionMail: {
    subject: 'Ihr Platz ist frei: {{veranstaltung}}',
    text: 'Guten Tag {{name}},\n\ngute Nachricht: Es ist ein Platz frei geworden. Ihre Anmeldung ist jetzt bestätigt.',
  },
  registrationChangedMail: {
    subject: 'Ihre Anmeldung wurde geändert: {{veranstaltung}}',
    text: 'Guten Tag {{name}},\n\nIhre Änderung ist bei uns angekommen. Hier sind die aktuellen Angaben zu Ihrer Anmeldung.',
  },
  cancelledByOfficeMail: {
    subject: 'Ihre Anmeldung wurde storniert: {{veranstaltung}}',
    text: 'Guten Tag {{name}},\n\ndie Koordinierungs- und Fachstelle hat Ihre Anmeldung zu dieser Veranstaltung storniert. Bei Fragen melden Sie sich gern bei uns.',
  },
  reminderMail: {
    subject: 'Erinnerung: {{veranstaltung}} am {{datum}}',
    // The line with the cancellation link ("Sie können nicht kommen? …") is added by the system.
    text: 'Guten Tag {{name}},\n\nwir freuen uns, Sie bald bei der Veranstaltung zu begrüßen. Hier noch einmal alle Angaben.',
  },
  eventChangedMail: {
    subject: 'Änderung: {{veranstaltung}}',
    text: 'Guten Tag {{name}},\n\nbei der Veranstaltung, zu der Sie angemeldet sind, hat sich etwas geändert. Ihre Anmeldung bleibt bestehen.',
  },
  eventPostponedMail: {
    subject: 'Verschoben: {{veranstaltung}}',
    text: 'Guten Tag {{name}},\n\ndie Veranstaltung, zu der Sie angemeldet sind, wird verschoben. Ihre Anmeldung bleibt bestehen; Sie müssen nichts weiter tun.',
  },
  eventCancelledMail: {
    subject: 'Abgesagt: {{veranstaltung}}',
    text: 'Guten Tag {{name}},\n\nleider müssen wir die Veranstaltung absagen. Ihre Anmeldung ist damit storniert; Sie müssen nichts weiter tun. Bitte entschuldigen Sie die Umstände.',
  },
  receiptMail: {
    subject: 'Wir haben Ihre Nachricht erhalten',
    text: 'Guten Tag {{name}},\n\nvielen Dank für Ihre Nachricht. Wir melden uns bald bei Ihnen.',
  },
} as const

export type EditableMailText = keyof typeof defaultMailTexts
