import type { FormKind } from '@/domain/forms/kinds'
import { formMessages } from '@/messages/forms'
import type { Outcome } from './types'

/**
 * What the page says once a form is sent. The heading names what arrived (a registration, a
 * partnership declaration, a message, a barrier report). A seat decision keeps its fixed sentence,
 * as it says what happened; for a form that only receives, the editor's confirmation text from the
 * form says the rest, and the fixed sentence stands in only when the editor wrote none.
 */
export const acceptedResult = (
  kind: FormKind,
  outcome: Outcome,
  hasEditorConfirmation: boolean,
): { title: string; text?: string } => {
  if (outcome !== 'received') return formMessages.result[outcome]
  const { title, text } = formMessages.received[kind]
  return hasEditorConfirmation ? { title } : { title, text }
}
