import type { Field } from 'payload'

import { reminderMailDefault } from '@/messages/mailWording'

const placeholderHelp =
  'Platzhalter: {{name}}, {{veranstaltung}}, {{datum}}, {{ort}}, {{personen}}, {{faelligBis}} (Antwortfrist bei Barriere-Meldungen) sowie der technische Name jedes Formularfelds in doppelten geschweiften Klammern. Datum, Ort, Programm-Link, Abmelde-Link und Kalenderdatei werden automatisch angefügt.'

const mailText = (
  name: string,
  label: string,
  subject: string,
  text: string,
  kinds: string[],
  // Texts added after forms existed: empty in older forms, which then mail the default wording.
  required = true,
): Field => ({
  name,
  type: 'group',
  label: { de: label, en: label },
  admin: { condition: (data) => kinds.includes(data?.kind) },
  fields: [
    {
      name: 'subject',
      type: 'text',
      required,
      maxLength: 200,
      defaultValue: subject,
      label: { de: 'Betreff', en: 'Subject' },
    },
    {
      name: 'text',
      type: 'textarea',
      required,
      maxLength: 5000,
      // A function, so the text is a form default and not a database column default.
      defaultValue: () => text,
      label: { de: 'Text', en: 'Text' },
      admin: { description: { de: placeholderHelp, en: placeholderHelp } },
    },
  ],
})

/** The mails' wording, maintained by communications staff; facts and links are added by the system. */
export const mailTextsField: Field = {
  type: 'collapsible',
  label: { de: 'E-Mail-Texte', en: 'E-mail texts' },
  fields: [
    mailText(
      'confirmationMail',
      'Anmeldebestätigung',
      'Ihre Anmeldung: {{veranstaltung}}',
      'Guten Tag {{name}},\n\nvielen Dank für Ihre Anmeldung. Ihr Platz ist bestätigt. Wir freuen uns auf Sie!',
      ['registration'],
    ),
    mailText(
      'waitlistMail',
      'Wartelisten-Nachricht',
      'Warteliste: {{veranstaltung}}',
      'Guten Tag {{name}},\n\nvielen Dank für Ihre Anmeldung. Zurzeit sind alle Plätze vergeben; Sie stehen auf der Warteliste. Sobald ein Platz frei wird, rücken Sie automatisch nach und erhalten eine Bestätigung.',
      ['registration'],
    ),
    mailText(
      'promotionMail',
      'Nachrücken von der Warteliste',
      'Ihr Platz ist frei: {{veranstaltung}}',
      'Guten Tag {{name}},\n\ngute Nachricht: Es ist ein Platz frei geworden. Ihre Anmeldung ist jetzt bestätigt.',
      ['registration'],
    ),
    mailText(
      'registrationChangedMail',
      'Geänderte Anmeldung',
      'Ihre Anmeldung wurde geändert: {{veranstaltung}}',
      'Guten Tag {{name}},\n\nIhre Änderung ist bei uns angekommen. Hier sind die aktuellen Angaben zu Ihrer Anmeldung.',
      ['registration'],
      false,
    ),
    mailText(
      'cancelledByOfficeMail',
      'Stornierung durch die Koordinierungsstelle',
      'Ihre Anmeldung wurde storniert: {{veranstaltung}}',
      'Guten Tag {{name}},\n\ndie Koordinierungs- und Fachstelle hat Ihre Anmeldung zu dieser Veranstaltung storniert. Bei Fragen melden Sie sich gern bei uns.',
      ['registration'],
      false,
    ),
    mailText(
      'reminderMail',
      'Erinnerung vor der Veranstaltung',
      reminderMailDefault.subject,
      reminderMailDefault.text,
      ['registration'],
      false,
    ),
    mailText(
      'eventChangedMail',
      'Änderung der Veranstaltung',
      'Änderung: {{veranstaltung}}',
      'Guten Tag {{name}},\n\nbei der Veranstaltung, zu der Sie angemeldet sind, hat sich etwas geändert. Ihre Anmeldung bleibt bestehen.',
      ['registration'],
      false,
    ),
    mailText(
      'eventPostponedMail',
      'Verschiebung der Veranstaltung',
      'Verschoben: {{veranstaltung}}',
      'Guten Tag {{name}},\n\ndie Veranstaltung, zu der Sie angemeldet sind, wird verschoben. Ihre Anmeldung bleibt bestehen; Sie müssen nichts weiter tun.',
      ['registration'],
      false,
    ),
    mailText(
      'eventCancelledMail',
      'Absage der Veranstaltung',
      'Abgesagt: {{veranstaltung}}',
      'Guten Tag {{name}},\n\nleider müssen wir die Veranstaltung absagen. Ihre Anmeldung ist damit storniert; Sie müssen nichts weiter tun. Bitte entschuldigen Sie die Umstände.',
      ['registration'],
      false,
    ),
    mailText(
      'receiptMail',
      'Eingangsbestätigung',
      'Wir haben Ihre Nachricht erhalten',
      'Guten Tag {{name}},\n\nvielen Dank für Ihre Nachricht. Wir melden uns bald bei Ihnen.',
      ['partnership', 'contact', 'barrier'],
    ),
  ],
}
