import type { Field } from 'payload'

import { defaultMailTexts, type EditableMailText } from '@/messages/mailTexts'

const placeholderHelp =
  'Platzhalter: {{name}}, {{veranstaltung}}, {{datum}}, {{ort}}, {{personen}}, {{faelligBis}} (Antwortfrist bei Barriere-Meldungen) sowie der technische Name jedes Formularfelds in doppelten geschweiften Klammern. Datum, Ort, Programm-Link, Abmelde-Link und Kalenderdatei werden automatisch angefügt.'

const mailText = (
  name: EditableMailText,
  label: string,
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
      defaultValue: defaultMailTexts[name].subject,
      label: { de: 'Betreff', en: 'Subject' },
    },
    {
      name: 'text',
      type: 'textarea',
      required,
      maxLength: 5000,
      // A function, so the text is a form default and not a database column default.
      defaultValue: () => defaultMailTexts[name].text,
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
    mailText('confirmationMail', 'Anmeldebestätigung', ['registration']),
    mailText('waitlistMail', 'Wartelisten-Nachricht', ['registration']),
    mailText('promotionMail', 'Nachrücken von der Warteliste', ['registration']),
    mailText('registrationChangedMail', 'Geänderte Anmeldung', ['registration'], false),
    mailText(
      'cancelledByOfficeMail',
      'Stornierung durch die Koordinierungsstelle',
      ['registration'],
      false,
    ),
    mailText('reminderMail', 'Erinnerung vor der Veranstaltung', ['registration'], false),
    mailText('eventChangedMail', 'Änderung der Veranstaltung', ['registration'], false),
    mailText('eventPostponedMail', 'Verschiebung der Veranstaltung', ['registration'], false),
    mailText('eventCancelledMail', 'Absage der Veranstaltung', ['registration'], false),
    mailText('receiptMail', 'Eingangsbestätigung', ['partnership', 'contact', 'barrier']),
  ],
}
