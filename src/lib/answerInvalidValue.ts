import { isRefusedQueryValue } from '@/domain/logging/loggableError'
import { requestMessages } from '@/messages/requests'

/**
 * A value PostgreSQL cannot take (a word where a number belongs, an unknown choice in a filter:
 * `/api/events/abc`, `?where[eventStatus][equals]=x`) reaches the database unchecked through
 * Payload's queries and ends as a 500 with a stack in the log. It is the request's fault: 400 in
 * German (global afterError hook; logged as one line of information, see refusalLogging.ts).
 */
export const answerInvalidValue = ({
  error,
}: {
  error: unknown
}): { response: Record<string, unknown>; status: number } | undefined =>
  isRefusedQueryValue(error)
    ? { status: 400, response: { errors: [{ message: requestMessages.invalidValue }] } }
    : undefined
