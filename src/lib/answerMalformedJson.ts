import { requestMessages } from '@/messages/requests'

/**
 * A REST request whose JSON body cannot be parsed: Payload refuses it with 400 before any
 * collection sees it, in English ("Invalid JSON"). This answers it in German, with the same 400
 * (global afterError hook, since no collection is known yet). Matched on Payload's own message:
 * the test of this hook fails if Payload words it differently.
 */
export const answerMalformedJson = ({
  error,
}: {
  error: unknown
}): { response: Record<string, unknown>; status: number } | undefined => {
  const { status, message } = (error ?? {}) as { status?: number; message?: string }
  if (status !== 400 || message !== 'Invalid JSON') return undefined
  return { status: 400, response: { errors: [{ message: requestMessages.malformedJson }] } }
}
