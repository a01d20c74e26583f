import { notFound } from 'next/navigation'

/**
 * A server action is a public endpoint: React decodes whatever arguments a client posts. An action
 * of this site always gets the form's fields; anything else is answered like an unknown address
 * (404) instead of failing on the first read with a TypeError and a 500.
 */
export const formFieldsOrNotFound = (value: unknown): FormData =>
  value instanceof FormData ? value : notFound()

/** The state `useActionState` hands back: an object, whatever a client posts instead. */
export const actionStateOrNotFound = <State extends object>(value: State): State =>
  typeof value === 'object' && value !== null ? value : notFound()
