import { defaultMailTexts, type EditableMailText } from '@/messages/mailTexts'
import type { Form } from '@/payload-types'

export type Wording = { subject: string; text: string }

/** The form's own wording for a mail, or the default when the form predates that text. */
export const formWording = (form: Form | null | undefined, key: EditableMailText): Wording => {
  const own = form?.[key]
  return own?.subject && own.text
    ? { subject: own.subject, text: own.text }
    : { ...defaultMailTexts[key] }
}
