/** One refused field as Payload reports it: the field's path and a German sentence. */
export type FieldErrorEntry = { path: string; message: string }

/**
 * The refused fields of a Payload validation error, recognised by its shape (status 400 and
 * `data.errors`), never by class or name: a production build bundles Payload more than once and
 * minifies its class names, so the error may come from another bundle's copy of the class. Our own
 * refusals carry `data.reason`, never `data.errors`.
 */
export const validationErrorsOf = (error: unknown): FieldErrorEntry[] | undefined => {
  const { status, data } = (error ?? {}) as { status?: unknown; data?: { errors?: unknown } }
  if (status !== 400 || !Array.isArray(data?.errors)) return undefined
  return (data.errors as Partial<FieldErrorEntry>[]).flatMap((e) =>
    typeof e?.path === 'string' && typeof e.message === 'string'
      ? [{ path: e.path, message: e.message }]
      : [],
  )
}
