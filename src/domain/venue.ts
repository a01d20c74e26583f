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

/**
 * A map search for the venue's address on OpenStreetMap (no tracking, no account). Without a
 * street or town there is nothing a map could find, so there is no link.
 */
export const venueMapUrl = (venue: Venue) => {
  const place = [venue.street, [venue.postalCode, venue.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ')
  if (!place) return undefined
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(place)}`
}
