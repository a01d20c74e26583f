/** One confirmed registration as the door list shows it: on paper, on the phone and in the CSV. */
export type DoorListEntry = {
  id: number
  name: string
  organisation: string
  persons: number
  supportNeeds: string
  checkedIn: boolean
  checkedInAt: string | null
}

type ConfirmedSubmission = {
  id: number
  name?: string | null
  email?: string | null
  organisation?: string | null
  persons?: number | null
  supportNeeds?: string | null
  checkedIn?: boolean | null
  checkedInAt?: string | null
}

/** Only what the door needs: no e-mail or phone on a list that lies on a table at the entrance. */
export const doorListEntryOf = (doc: ConfirmedSubmission): DoorListEntry => ({
  id: doc.id,
  // A registration always has an e-mail; a name is optional on some forms.
  name: doc.name?.trim() || doc.email || `Anmeldung ${doc.id}`,
  organisation: doc.organisation?.trim() ?? '',
  persons: doc.persons ?? 1,
  supportNeeds: doc.supportNeeds?.trim() ?? '',
  checkedIn: Boolean(doc.checkedIn),
  checkedInAt: doc.checkedIn ? (doc.checkedInAt ?? null) : null,
})

/** Expected and arrived persons (a registration may bring several). */
export const doorListCounts = (entries: DoorListEntry[]) => ({
  registrations: entries.length,
  expectedPersons: entries.reduce((sum, entry) => sum + entry.persons, 0),
  checkedInPersons: entries.reduce((sum, entry) => sum + (entry.checkedIn ? entry.persons : 0), 0),
})

/**
 * Letters that are not a base letter plus an accent, so that removing accents leaves them as they
 * are: spelled as someone types them on a German keyboard ("lukasz" for "Łukasz").
 */
const plainSpellings: Record<string, string> = {
  ß: 'ss',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
}

/** Lower case without accents, so that "muller" finds "Müller" and "sos" finds "SOS". */
const folded = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßıłøđðæœþ]/g, (letter) => plainSpellings[letter] ?? letter)

/** Search as the door staff types: every word must occur in the name or the organisation. */
export const matchesDoorSearch = (entry: DoorListEntry, query: string) => {
  const words = folded(query).split(/\s+/).filter(Boolean)
  const haystack = folded(`${entry.name} ${entry.organisation}`)
  return words.every((word) => haystack.includes(word))
}

/** The search field's name, also in the URL when the browser sends the form without JavaScript. */
export const doorSearchParam = 'suche'

/** The search term from the URL, bounded: it is only ever compared in memory, never queried. */
export const doorSearchOf = (value: unknown) => {
  const first: unknown = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first.slice(0, 100) : ''
}
