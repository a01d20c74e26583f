type Venue = {
  name?: string | null
  room?: string | null
  street?: string | null
  postalCode?: string | null
  city?: string | null
}

/** "Kreisverwaltung, Sitzungssaal, Virchowstr. 14-16, 16816 Neuruppin" — one line for lists, mails, ICS. */
export const venueLine = (venue: Venue) =>
  [venue.name, venue.room, venue.street, [venue.postalCode, venue.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ')
