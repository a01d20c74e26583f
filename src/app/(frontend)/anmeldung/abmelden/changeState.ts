import type { FieldError } from '@/domain/forms/validate'

/** What the change form shows after a post that was not stored (a stored one leads back to the page). */
export type ChangeState =
  | { status: 'idle' }
  | { status: 'invalid'; errors: FieldError[]; values: Record<string, string> }
  | { status: 'refused'; message: string; values: Record<string, string> }
