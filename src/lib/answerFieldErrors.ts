import { validationErrorsOf } from '@/domain/http/validationErrors'

/**
 * Keeps the refused fields in the REST answer, so the admin marks each field with its message.
 * Payload's own formatting recognises its ValidationError by class (`instanceof`); when Payload
 * was first started in another bundle of the production build (an admin page before the API
 * route), the check fails and the answer carries only the summary sentence: the editor saw
 * "Das folgende Feld ist nicht korrekt: …" and no field marked. Global afterError hook.
 */
export const answerFieldErrors = ({
  error,
  result,
}: {
  error: unknown
  result?: unknown
}): { response: Record<string, unknown>; status: number } | undefined => {
  const fields = validationErrorsOf(error)
  if (!fields?.length) return undefined
  const kept = (result as { errors?: { data?: { errors?: unknown } }[] } | undefined)?.errors
  if (kept?.some((entry) => Array.isArray(entry?.data?.errors))) return undefined
  const { message, data } = error as { message?: string; data: Record<string, unknown> }
  return {
    status: 400,
    response: { errors: [{ name: 'ValidationError', data: { ...data, errors: fields }, message }] },
  }
}
