/**
 * What the office tells the registered people of one event. A change, a cancellation or a
 * postponement is announced from the event's own save; a message is written by a coordinator.
 */
export const eventNoticeKinds = ['message', 'changed', 'cancelled', 'postponed'] as const

export type EventNoticeKind = (typeof eventNoticeKinds)[number]

export const eventNoticeKindLabels: Record<EventNoticeKind, string> = {
  message: 'Nachricht an Angemeldete',
  changed: 'Änderung der Veranstaltung',
  cancelled: 'Absage der Veranstaltung',
  postponed: 'Verschiebung der Veranstaltung',
}

/** Who receives a notice, by the status of their registration. */
export const eventNoticeAudiences = ['active', 'confirmed', 'waitlisted', 'checkedIn'] as const

export type EventNoticeAudience = (typeof eventNoticeAudiences)[number]

export const eventNoticeAudienceLabels: Record<EventNoticeAudience, string> = {
  active: 'alle Angemeldeten (bestätigt und Warteliste)',
  confirmed: 'bestätigt',
  waitlisted: 'Warteliste',
  checkedIn: 'eingecheckt',
}

/** One changed fact of an event as the mail shows it: "Ort: alt → neu". */
export type EventChange = { label: string; before: string; after: string }
