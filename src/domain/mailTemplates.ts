/** The mails the service sends; each is rendered from current data when it is sent. */
export const mailTemplates = [
  'confirmation',
  'waitlist',
  'promotion',
  'cancellation',
  'duplicate',
  'receipt',
  'officeNotice',
  'eventNotice',
  'reminder',
  'registrationChanged',
  'cancelledByOffice',
  'officeCancellationNotice',
  'partnerListed',
] as const

export type MailTemplate = (typeof mailTemplates)[number]

/** A new registration's own mail, by the seat it got: one place decides it for every caller. */
export const firstRegistrationMail = {
  confirmed: 'confirmation',
  waitlisted: 'waitlist',
} as const satisfies Record<'confirmed' | 'waitlisted', MailTemplate>

export const mailTemplateLabels: Record<MailTemplate, string> = {
  confirmation: 'Anmeldebestätigung',
  waitlist: 'Wartelisten-Nachricht',
  promotion: 'Nachgerückt von der Warteliste',
  cancellation: 'Bestätigung der Abmeldung',
  duplicate: 'Erneute Zusendung (bereits angemeldet)',
  receipt: 'Eingangsbestätigung',
  officeNotice: 'Hinweis an das Büro',
  eventNotice: 'Mitteilung zur Veranstaltung',
  reminder: 'Erinnerung an die Veranstaltung',
  registrationChanged: 'Bestätigung der geänderten Anmeldung',
  cancelledByOffice: 'Stornierung durch die Koordinierungsstelle',
  officeCancellationNotice: 'Hinweis an das Büro (Abmeldung)',
  partnerListed: 'Nennung als Kooperationspartner:in auf der Website',
}

/** `skipped`: no longer to be sent when its turn came (the person cancelled, the event is off). */
export const mailStatuses = ['queued', 'sending', 'retrying', 'sent', 'failed', 'skipped'] as const

export type MailStatus = (typeof mailStatuses)[number]

export const mailStatusLabels: Record<MailStatus, string> = {
  queued: 'wartet auf Versand',
  sending: 'wird gerade versendet',
  retrying: 'neuer Versuch geplant',
  sent: 'versendet',
  failed: 'fehlgeschlagen',
  skipped: 'entfallen (nicht mehr nötig)',
}
