/**
 * Default wording of mails whose text fields were added after forms existed: older forms have
 * them empty and send this. The form's defaults (collections/Forms/mailTexts.ts) use it, too.
 */
export const reminderMailDefault = {
  subject: 'Erinnerung: {{veranstaltung}} am {{datum}}',
  // The line with the cancellation link ("Sie können nicht kommen? …") is added by the system.
  text: 'Guten Tag {{name}},\n\nwir freuen uns, Sie bald bei der Veranstaltung zu begrüßen. Hier noch einmal alle Angaben.',
}
