import { type Field, type PayloadRequest, ValidationError } from 'payload'

import { isCoordinatorOrAdmin } from '@/access/roles'
import { collectionSlugs } from '@/config/slugs'
import { submissionMessages } from '@/messages/submission'

export const overCapacityKeys = ['overCapacity', 'overCapacityReason'] as const

const coordinatorsOnly = {
  read: isCoordinatorOrAdmin,
  create: isCoordinatorOrAdmin,
  update: isCoordinatorOrAdmin,
}

const forRegistrations = (data: { kind?: string | null } | undefined) =>
  data?.kind === 'registration'

/**
 * The one way past the seats: a coordinator ticks it and gives a reason. Virtual, so it holds
 * for this save only; what it did is kept in the status history.
 */
export const overCapacityFields: Field[] = [
  {
    name: 'overCapacity',
    type: 'checkbox',
    virtual: true,
    access: coordinatorsOnly,
    label: { de: 'Über die Kapazität bestätigen', en: 'Confirm beyond capacity' },
    admin: {
      readOnly: false,
      position: 'sidebar',
      condition: forRegistrations,
      description: {
        de: 'Nur für eine bewusste Ausnahme: bestätigt diese Anmeldung auch ohne freie Plätze. Wird mit Grund im Statusverlauf und auf der Übersicht vermerkt.',
        en: 'Deliberate exception: confirms without free seats; recorded with the reason.',
      },
    },
  },
  {
    name: 'overCapacityReason',
    type: 'textarea',
    virtual: true,
    maxLength: 500,
    access: coordinatorsOnly,
    label: { de: 'Grund für die Bestätigung über die Kapazität', en: 'Reason' },
    admin: {
      readOnly: false,
      position: 'sidebar',
      condition: (data) => forRegistrations(data) && data?.overCapacity === true,
    },
  },
]

type ChoiceData = { overCapacity?: unknown; overCapacityReason?: unknown }

/**
 * Reads the coordinator's choice from this save and clears it: the rules put it back only when
 * it was really needed, so the history records only confirmations that went past the seats.
 * Field access has already removed it for anyone but coordinators and admins.
 */
export const takeOverCapacityChoice = (req: PayloadRequest, data: ChoiceData) => {
  const chosen = data.overCapacity === true
  const reason =
    typeof data.overCapacityReason === 'string' ? data.overCapacityReason.trim().slice(0, 500) : ''
  delete data.overCapacity
  delete data.overCapacityReason
  if (!chosen) return undefined
  if (!reason)
    throw new ValidationError(
      {
        collection: collectionSlugs.formSubmissions,
        errors: [
          { path: 'overCapacityReason', message: submissionMessages.overCapacityReasonMissing },
        ],
      },
      req.t,
    )
  return reason
}

/** Marks this save as a confirmation past the seats, for the status history. */
export const markConfirmedOverCapacity = (data: ChoiceData, reason: string) => {
  data.overCapacity = true
  data.overCapacityReason = reason
}

export const overCapacityReasonOf = (data: ChoiceData) =>
  data.overCapacity === true && typeof data.overCapacityReason === 'string'
    ? data.overCapacityReason
    : undefined
