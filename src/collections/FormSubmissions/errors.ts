import { APIError, type Config, type PayloadRequest, ValidationError } from 'payload'

import { collectionSlugs } from '@/config/slugs'

import type { SpamSignal } from '@/domain/forms/spam'
import type { PlacementStatus, RegistrationRefusal } from '@/domain/registration/rules'
import { submissionMessages } from '@/messages/submission'

/** Typed refusals, so the site and the REST API answer each with the right German text and status. */
export class SubmissionRefused extends APIError<{ reason: RegistrationRefusal }> {
  constructor(reason: RegistrationRefusal) {
    super(submissionMessages.refused[reason], 422, { reason }, true)
    this.name = 'SubmissionRefused'
  }
}

/**
 * Carries only the existing registration's id, no address: errors end up in logs. The public is
 * told nothing that reveals a registration (the mail tells the mailbox owner); staff are told.
 */
export class AlreadyRegistered extends APIError<{ reason: 'duplicate' }> {
  constructor(
    readonly existingId: number,
    readonly fromPublic: boolean,
    /** what a new registration would have been told now: the public answer must not differ */
    readonly newcomerOutcome: PlacementStatus,
  ) {
    super(
      fromPublic ? submissionMessages.duplicate : submissionMessages.duplicateForStaff,
      409,
      { reason: 'duplicate' },
      true,
    )
    this.name = 'AlreadyRegistered'
  }
}

export class RateLimited extends APIError<{ reason: 'rateLimited' }> {
  constructor() {
    super(submissionMessages.rateLimited, 429, { reason: 'rateLimited' }, true)
    this.name = 'RateLimited'
  }
}

export class SpamSuspected extends APIError<{ reason: SpamSignal }> {
  constructor(readonly signal: SpamSignal) {
    super(submissionMessages.spam[signal], 400, { reason: signal }, true)
    this.name = 'SpamSuspected'
  }
}

export class NotEnoughSeats extends APIError<{ reason: 'notEnoughSeats'; left: number }> {
  constructor(left: number, persons: number) {
    super(
      submissionMessages.notEnoughSeats(left, persons),
      409,
      { reason: 'notEnoughSeats', left },
      true,
    )
    this.name = 'NotEnoughSeats'
  }
}

/**
 * Refusals are expected answers, not faults: one line at INFO with the German message (which names
 * no person), instead of Payload's default ERROR with the error object and its stack. Payload
 * looks the level up by `error.name` (utilities/logError.js, checked with 3.90.1), though its type
 * lists only Payload's own error names; hence the cast.
 */
export const submissionRefusalLogLevels = {
  AlreadyRegistered: 'info',
  NotEnoughSeats: 'info',
  RateLimited: 'info',
  SpamSuspected: 'info',
  SubmissionRefused: 'info',
} as NonNullable<Config['loggingLevels']>

/**
 * Refused fields of a submission, each at its field with a German sentence (the label names the
 * field in Payload's summary "… nicht korrekt: E-Mail"). The one way hooks refuse single fields.
 */
export const invalidSubmission = (
  req: Pick<PayloadRequest, 't'>,
  ...errors: { path: string; message: string; label?: string }[]
) => new ValidationError({ collection: collectionSlugs.formSubmissions, errors }, req.t)

type Refusals = {
  AlreadyRegistered: AlreadyRegistered
  NotEnoughSeats: NotEnoughSeats
  RateLimited: RateLimited
  SpamSuspected: SpamSuspected
  SubmissionRefused: SubmissionRefused
}

/**
 * Whether `error` is our refusal of that name, also when it was thrown in another server bundle:
 * the API routes and the pages each carry their own copy of this module, so `instanceof` fails
 * across them. The names are ours and survive minification. The one way to recognise a refusal.
 */
export const isRefusal = <Name extends keyof Refusals>(
  error: unknown,
  name: Name,
): error is Refusals[Name] => error instanceof Error && error.name === name

export const isAlreadyRegistered = (error: unknown): error is AlreadyRegistered =>
  isRefusal(error, 'AlreadyRegistered') && typeof error.existingId === 'number'
