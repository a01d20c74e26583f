/**
 * How long personal data is kept (DSGVO Art. 5 (1) e). Registrations are needed until shortly
 * after their event; support needs can reveal health data and go first; messages and partner
 * declarations after a fixed period. Afterwards only anonymous counts remain.
 */
export type RetentionSettings = {
  registrationDaysAfterEvent: number
  supportNeedsDaysAfterEvent: number
  contactMessageDays: number
  partnershipDays: number
}

export const defaultRetention: RetentionSettings = {
  registrationDaysAfterEvent: 90,
  supportNeedsDaysAfterEvent: 0,
  contactMessageDays: 180,
  partnershipDays: 365,
}

const day = 24 * 60 * 60 * 1000

export type RetentionCutoffs = {
  /** registrations of events that ended before this lose their personal data */
  registrationsOfEventsEndedBefore: Date
  /** support needs of events that ended before this are deleted */
  supportNeedsOfEventsEndedBefore: Date
  contactMessagesCreatedBefore: Date
  partnershipsCreatedBefore: Date
}

const days = (value: number | null | undefined, fallback: number) =>
  Number.isFinite(value) && (value as number) >= 0 ? (value as number) : fallback

export const retentionCutoffs = (
  settings: Partial<Record<keyof RetentionSettings, number | null>>,
  now: Date,
): RetentionCutoffs => {
  const ago = (key: keyof RetentionSettings) =>
    new Date(now.getTime() - days(settings[key], defaultRetention[key]) * day)
  return {
    registrationsOfEventsEndedBefore: ago('registrationDaysAfterEvent'),
    supportNeedsOfEventsEndedBefore: ago('supportNeedsDaysAfterEvent'),
    contactMessagesCreatedBefore: ago('contactMessageDays'),
    partnershipsCreatedBefore: ago('partnershipDays'),
  }
}

type RetentionInput = Partial<Record<keyof RetentionSettings, number | null>>

const after = (from: Date | string, settings: RetentionInput, key: keyof RetentionSettings) =>
  new Date(new Date(from).getTime() + days(settings[key], defaultRetention[key]) * day)

/**
 * From when on the nightly job empties a submission (Art. 15 Abs. 1 d DSGVO: the person is told
 * how long their data is kept). A registration counts from its event's end, or from its arrival
 * when the event is gone; barrier reports are messages.
 */
export const personalDataKeptUntil = (
  submission: { kind?: string | null; createdAt: string; eventEnd?: string | null },
  settings: RetentionInput,
): Date => {
  if (submission.kind === 'registration')
    return after(
      submission.eventEnd ?? submission.createdAt,
      settings,
      'registrationDaysAfterEvent',
    )
  if (submission.kind === 'partnership')
    return after(submission.createdAt, settings, 'partnershipDays')
  return after(submission.createdAt, settings, 'contactMessageDays')
}

/** Support needs can be health data and go earlier, counted from the event's end. */
export const supportNeedsKeptUntil = (eventEnd: string, settings: RetentionInput): Date =>
  after(eventEnd, settings, 'supportNeedsDaysAfterEvent')
