/** What a form is for; decides the typed columns, the rules and the mails of its submissions. */
export const formKinds = ['registration', 'partnership', 'contact', 'barrier'] as const

export type FormKind = (typeof formKinds)[number]

export const formKindLabels: Record<FormKind, string> = {
  registration: 'Anmeldung',
  partnership: 'Partnerschaft',
  contact: 'Kontakt',
  barrier: 'Barriere melden',
}

/** What one submission is, named as the person and the office speak of it. */
export const submissionKindNames: Record<FormKind, string> = {
  registration: 'Anmeldung',
  partnership: 'Partnerschafts-Erklärung',
  contact: 'Nachricht',
  barrier: 'Barriere-Meldung',
}

/**
 * Where a submission stands. Registrations use the first four (`eventCancelled`: the office called
 * the whole event off, so no seat is held and none is given back); messages the last two.
 */
export const submissionStatuses = [
  'confirmed',
  'waitlisted',
  'cancelled',
  'eventCancelled',
  'received',
  'done',
] as const

export type SubmissionStatus = (typeof submissionStatuses)[number]

export const submissionStatusLabels: Record<SubmissionStatus, string> = {
  confirmed: 'bestätigt',
  waitlisted: 'Warteliste',
  cancelled: 'storniert',
  eventCancelled: 'storniert (Veranstaltung abgesagt)',
  received: 'eingegangen',
  done: 'erledigt',
}

/** Statuses that hold (or wait for) a seat: a second registration with the same address is a duplicate. */
export const activeRegistrationStatuses: SubmissionStatus[] = ['confirmed', 'waitlisted']
