/**
 * Every key this project puts on Payload's `req.context`, typed in one place (Payload documents
 * declaring them by module augmentation). A key is set by the code named here and read by the
 * hooks of the same write; nested Local API calls pass `req` and so share it.
 */
import type { EventFactsForNotice } from '@/domain/eventChanges'

import type { RegistrantNoticeDecision } from './Events/registrantNotice'
import type { OfficeCancellation } from './FormSubmissions/officeCancellation'

type PendingSeatDecision = {
  eventId: number
  /** false when server code set the status itself: the lock then only keeps the address unique */
  decidesStatus: boolean
  /** the public's or staff's registration, refused when the event is called off meanwhile */
  checked: boolean
}

type PendingEventSave = {
  published: EventFactsForNotice
  decision?: RegistrantNoticeDecision
  text: string
}

declare module 'payload' {
  interface RequestContext {
    // Switches a caller sets deliberately (seed, tests, retention, recorded actions).
    /** Seeds and tests outside Next.js: no cache revalidation (src/lib/revalidate.ts). */
    disableRevalidate?: boolean
    /** Retention, withdrawals, partner listings: the write itself mails nobody. */
    disableMail?: boolean
    /** Art. 17 erasure: these submissions get no status mail for their last change. */
    noMailFor?: number[]
    /** Who caused a change, as the status history names it (src/collections/FormSubmissions/helpers.ts). */
    actor?: string
    /** A coordinator's recorded action: its line in the status history. */
    staffAction?: string
    /** The registrant changed their registration through the link in the mail. */
    selfServiceChange?: boolean
    /** The whole event was cancelled: one notice instead of per-registration cancellation mails. */
    eventCancellation?: boolean
    /** Only the race test's control run (never in a production build, see src/registration/seats.ts). */
    skipRegistrationLock?: boolean

    // Facts one hook of a submission leaves for the next.
    /** The sender's address as the form action read it (the rate limit counts per sender). */
    clientIp?: string
    /** Set by guardPublicSubmission: the write came from the public form or API. */
    publicSubmission?: boolean
    /** Set by guardPublicSubmission: signed-in staff entered it for someone. */
    staffSubmission?: boolean
    /** Set by the seat rules: free seats after the decision, for the form's answer. */
    seatsLeftAfter?: number | null
    /**
     * Set by the seat rules for a new registration stored on their first, unlocked answer: what
     * `settleSeatDecision` decides again under the lock just before the commit.
     */
    pendingSeatDecision?: PendingSeatDecision
    /** Per submission id: how the office cancelled it in this request. */
    officeCancellations?: Record<number, OfficeCancellation>
    /** Per event id: the published facts before this save, and the editor's decision. */
    eventSaves?: Record<number, PendingEventSave>
  }
}
