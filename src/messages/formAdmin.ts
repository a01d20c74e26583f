/** German answers of the forms collection to staff (kept apart from the site's form texts, which ship to the browser). */

/** What still uses a form, by kind. */
export type FormInUse = { title: string; submissions: number; events: number; pages: number }

const counted = (count: number, one: string, many: string) =>
  count === 1 ? `1 ${one}` : `${count.toLocaleString('de-DE')} ${many}`

export const formAdminMessages = {
  inUse: ({ title, submissions, events, pages }: FormInUse) => {
    const uses = [
      events > 0 &&
        `als Anmeldeformular von ${counted(events, 'Veranstaltung', 'Veranstaltungen')}`,
      pages > 0 && `auf ${counted(pages, 'Seite', 'Seiten')}`,
      submissions > 0 && `von ${counted(submissions, 'Einsendung', 'Einsendungen')}`,
    ].filter(Boolean)
    const advice =
      submissions > 0
        ? 'Ein Formular mit Einsendungen bleibt erhalten, damit diese lesbar bleiben; nehmen Sie es stattdessen aus den Veranstaltungen und Seiten heraus.'
        : 'Nehmen Sie es zuerst aus den Veranstaltungen und Seiten heraus.'
    return `„${title}“ wird noch verwendet (${uses.join(', ')}) und wird deshalb nicht gelöscht. ${advice}`
  },
} as const
