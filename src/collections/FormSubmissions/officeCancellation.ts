import type { Field, PayloadRequest } from 'payload'

import { isCoordinatorOrAdmin } from '@/access/roles'

export const cancellationReasonMaxLength = 500

const coordinatorsOnly = {
  read: isCoordinatorOrAdmin,
  create: isCoordinatorOrAdmin,
  update: isCoordinatorOrAdmin,
}

const beingCancelled = (data: { kind?: string | null; status?: string | null } | undefined) =>
  data?.kind === 'registration' && data?.status === 'cancelled'

/**
 * The coordinator's choice when they cancel a registration: a reason for the person, and whether
 * the person is mailed at all. Virtual, so it holds for this save only; what it did is kept in
 * the status history.
 */
export const officeCancellationFields: Field[] = [
  {
    name: 'notifyOnCancellation',
    type: 'checkbox',
    virtual: true,
    defaultValue: true,
    access: coordinatorsOnly,
    label: {
      de: 'Person per E-Mail über die Stornierung informieren',
      en: 'Tell the person by mail',
    },
    admin: {
      readOnly: false,
      position: 'sidebar',
      condition: beingCancelled,
      description: {
        de: 'Gilt nur beim Speichern, das den Status auf „storniert“ setzt. Ohne Häkchen geht keine E-Mail an die Person; der Statusverlauf vermerkt „ohne E-Mail“.',
        en: 'Applies to the save that cancels. Unticked: no mail to the person.',
      },
    },
  },
  {
    name: 'cancellationReason',
    type: 'textarea',
    virtual: true,
    maxLength: cancellationReasonMaxLength,
    access: coordinatorsOnly,
    label: { de: 'Begründung für die Person (freiwillig)', en: 'Reason for the person (optional)' },
    admin: {
      readOnly: false,
      position: 'sidebar',
      condition: (data) => beingCancelled(data) && data?.notifyOnCancellation !== false,
      description: {
        de: 'Steht als „Begründung: …“ in der E-Mail an die Person und im Statusverlauf.',
        en: 'Shown in the mail to the person and in the status history.',
      },
    },
  },
]

export type OfficeCancellation = { reason?: string; notify: boolean }

type ChoiceData = { cancellationReason?: unknown; notifyOnCancellation?: unknown }

/**
 * Reads the choice from this save and removes it from the data. Field access has already removed
 * it for anyone but coordinators and admins; unset means "tell the person", as before.
 */
export const takeCancellationChoice = (data: ChoiceData): OfficeCancellation => {
  const reason =
    typeof data.cancellationReason === 'string'
      ? data.cancellationReason.trim().slice(0, cancellationReasonMaxLength)
      : ''
  const notify = data.notifyOnCancellation !== false
  delete data.cancellationReason
  delete data.notifyOnCancellation
  return { reason: reason || undefined, notify }
}

/**
 * The office cancelled this registration in this request (and how): the status history and the
 * mail hook after the write read it. Kept per id, as "Mehrfach ändern" saves several in one request.
 */
export const rememberOfficeCancellation = (
  req: PayloadRequest,
  id: number,
  choice: OfficeCancellation,
) => {
  req.context.officeCancellations = { ...req.context.officeCancellations, [id]: choice }
}

export const officeCancellationOf = (req: PayloadRequest, id: number | undefined) =>
  id == null ? undefined : req.context.officeCancellations?.[id]

/** What the status history says about an office cancellation. */
export const historyReasonOf = (choice: OfficeCancellation) =>
  [choice.reason, choice.notify ? undefined : 'ohne E-Mail'].filter(Boolean).join(' – ') ||
  undefined
