/** Browser tab titles of the admin views we built; Payload appends "– <name of the office>". */
export const adminViewTitles = {
  participantList: 'Teilnehmerliste und Einlass',
  dataRequests: 'Datenauskunft und Löschung',
} as const
