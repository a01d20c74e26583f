import type { Field } from 'payload'

import { isEditorOrAdmin } from '@/access/roles'

export const registrantNoticeDecisions = ['inform', 'silent'] as const

export type RegistrantNoticeDecision = (typeof registrantNoticeDecisions)[number]

export const officeNoteMaxLength = 2000

const access = { read: isEditorOrAdmin, create: isEditorOrAdmin, update: isEditorOrAdmin }

/**
 * The editor's answer to "inform the registered people?" for this one save, set by the dialog
 * of the publish button. Virtual: what was decided is kept as a notice record, not on the event.
 */
export const registrantNoticeFields: Field[] = [
  {
    name: 'registrantNotice',
    type: 'select',
    virtual: true,
    options: [
      { value: 'inform', label: { de: 'Angemeldete informieren', en: 'Inform registrants' } },
      { value: 'silent', label: { de: 'Ohne Benachrichtigung', en: 'Without notice' } },
    ],
    access,
    label: { de: 'Angemeldete informieren?', en: 'Inform registrants?' },
    admin: { hidden: true },
  },
  {
    name: 'registrantNoticeText',
    type: 'textarea',
    virtual: true,
    maxLength: officeNoteMaxLength,
    access,
    label: { de: 'Zusätzlicher Text der Koordinierungsstelle', en: 'Note from the office' },
    admin: { hidden: true },
  },
]

type DecisionData = { registrantNotice?: unknown; registrantNoticeText?: unknown }

/** Reads the decision of this save and removes it from the data; nothing of it is stored. */
export const takeRegistrantNoticeDecision = (data: DecisionData) => {
  const decision = registrantNoticeDecisions.find((value) => value === data.registrantNotice)
  const text =
    typeof data.registrantNoticeText === 'string'
      ? data.registrantNoticeText.trim().slice(0, officeNoteMaxLength)
      : ''
  delete data.registrantNotice
  delete data.registrantNoticeText
  return { decision, text }
}
