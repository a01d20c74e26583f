/** German answers of the event collection to staff. */
export const eventMessages = {
  deleteWithRegistrations: (count: number) =>
    `Diese Veranstaltung hat ${count === 1 ? 'noch eine aktive Anmeldung' : `noch ${count} aktive Anmeldungen`} (bestätigt oder auf der Warteliste) und wird deshalb nicht gelöscht. Sagen Sie die Veranstaltung ab (Status „Abgesagt“): Dann werden alle Angemeldeten benachrichtigt. Gelöscht werden kann sie, wenn keine Anmeldung mehr aktiv ist.`,
} as const
