import type { Field } from 'payload'

const placeholderHelp =
  'Platzhalter: {{name}}, {{veranstaltung}}, {{datum}}, {{ort}}, {{personen}}, {{faelligBis}} (Antwortfrist bei Barriere-Meldungen) sowie der technische Name jedes Formularfelds in doppelten geschweiften Klammern. Datum, Ort, Programm-Link, Abmelde-Link und Kalenderdatei werden automatisch angefügt.'

const mailText = (
  name: string,
  label: string,
  subject: string,
  text: string,
  kinds: string[],
): Field => ({
  name,
  type: 'group',
  label: { de: label, en: label },
  admin: { condition: (data) => kinds.includes(data?.kind) },
  fields: [
    {
      name: 'subject',
      type: 'text',
      required: true,
      maxLength: 200,
      defaultValue: subject,
      label: { de: 'Betreff', en: 'Subject' },
    },
    {
      name: 'text',
      type: 'textarea',
      required: true,
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
      'receiptMail',
      'Eingangsbestätigung',
      'Wir haben Ihre Nachricht erhalten',
      'Guten Tag {{name}},\n\nvielen Dank für Ihre Nachricht. Wir melden uns bald bei Ihnen.',
      ['partnership', 'contact', 'barrier'],
    ),
  ],
}
