/** The page behind the revocation link in mails to people who gave optional consents. */
export const consentMessages = {
  title: 'Einwilligungen widerrufen',
  intro:
    'Sie haben uns bei Ihrer Einsendung freiwillig diese Einwilligungen gegeben. Sie können sie hier mit Wirkung für die Zukunft widerrufen; Ihre Anmeldung oder Nachricht bleibt davon unberührt.',
  given: (date: string) => `erteilt am ${date}`,
  revoked: (date: string) => `widerrufen am ${date}`,
  confirm: 'Alle Einwilligungen widerrufen',
  doneTitle: 'Ihre Einwilligungen sind widerrufen',
  doneText:
    'Wir verwenden Ihre Angaben für diese Zwecke ab sofort nicht mehr. Was bis jetzt auf Grundlage Ihrer Einwilligung geschehen ist, bleibt rechtmäßig.',
  noneTitle: 'Keine Einwilligungen',
  noneText: 'Zu dieser Einsendung liegen keine freiwilligen Einwilligungen vor.',
  invalidTitle: 'Dieser Link funktioniert nicht',
  invalidText:
    'Der Link ist unvollständig, abgelaufen oder wurde verändert. Einen Widerruf können Sie uns auch formlos schicken:',
} as const
