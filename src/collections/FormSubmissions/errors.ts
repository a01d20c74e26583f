import { APIError } from 'payload'

import type { SpamSignal } from '@/domain/forms/spam'
import type { RegistrationRefusal } from '@/domain/registration/rules'
import { submissionMessages } from '@/messages/submission'

/** Typed refusals, so the site and the REST API answer each with the right German text and status. */
export class SubmissionRefused extends APIError<{ reason: RegistrationRefusal }> {
  constructor(reason: RegistrationRefusal) {
    super(submissionMessages.refused[reason], 422, { reason }, true)
    this.name = 'SubmissionRefused'
  }
}

export class AlreadyRegistered extends APIError<{ reason: 'duplicate' }> {
  constructor(
    readonly existingId: number,
    readonly email: string,
  ) {
    super(submissionMessages.duplicate, 409, { reason: 'duplicate' }, true)
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
