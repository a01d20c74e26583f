/** Why an event cannot be deleted yet, with what the message needs. */
export type EventDeletionRefusal = {
  reason: 'activeRegistrations' | 'cancellationRunning' | 'unsentMails' | 'noticePending'
  title: string
  count: number
}

const registrations = (count: number) =>
  count === 1 ? 'eine aktive Anmeldung' : `${count} aktive Anmeldungen`

/** German answers of the event collection to staff. */
export const eventMessages = {
  notDeletable: ({ reason, title, count }: EventDeletionRefusal) => {
    if (reason === 'activeRegistrations')
      return `„${title}“ hat noch ${registrations(count)} (bestätigt oder auf der Warteliste) und wird deshalb nicht gelöscht: Löschen würde niemanden benachrichtigen. Setzen Sie den Stand auf „abgesagt“ und veröffentlichen Sie (auf Wunsch mit Nachricht an die Angemeldeten). Sobald alle Anmeldungen storniert sind, lässt sich die Veranstaltung löschen.`
    if (reason === 'cancellationRunning')
      return `„${title}“ ist abgesagt; ${registrations(count)} ${count === 1 ? 'wird' : 'werden'} gerade storniert (das dauert bis zu einer Minute). Bitte versuchen Sie das Löschen danach erneut.`
    if (reason === 'noticePending')
      return `Zu „${title}“ ${count === 1 ? 'wird eine Mitteilung' : `werden ${count} Mitteilungen`} an die Angemeldeten gerade in den Postausgang gestellt (etwa die Absage). Die Veranstaltung lässt sich löschen, sobald sie versendet ${count === 1 ? 'ist' : 'sind'}; bitte versuchen Sie es in einigen Minuten erneut.`
    return `Zu „${title}“ ${count === 1 ? 'ist noch eine E-Mail' : `sind noch ${count} E-Mails`} nicht versendet (etwa die Absage an die Angemeldeten). Die Veranstaltung lässt sich löschen, sobald sie versendet ${count === 1 ? 'ist' : 'sind'}; bitte versuchen Sie es in einigen Minuten erneut.`
  },
} as const
