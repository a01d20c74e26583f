import type { FormFieldDefinition } from '@/domain/forms/definition'
import type { FormKind } from '@/domain/forms/kinds'
import type { FieldError } from '@/domain/forms/validate'

/** What the browser needs of a form: its fields in order; texts of message blocks pre-rendered. */
export type ClientFormItem =
  | { kind: 'field'; field: FormFieldDefinition & { placeholder?: string | null } }
  | { kind: 'message'; index: number }

export type ClientForm = {
  id: number
  kind: FormKind
  submitLabel: string
  items: ClientFormItem[]
}

export type Outcome = 'confirmed' | 'waitlisted' | 'received'

export type FormState =
  | { status: 'idle'; token: string }
  | { status: 'invalid'; token: string; errors: FieldError[]; values: Record<string, string> }
  | { status: 'refused'; token: string; message: string; values: Record<string, string> }
  | {
      status: 'accepted'
      token: string
      outcome: Outcome
      mailSent: boolean
      /** free seats right after this submission (null: no limit), for the seat line */
      seatsLeft?: number | null
    }
