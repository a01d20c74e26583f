/** Whether an id fits PostgreSQL's integer ids: a larger one would fail the statement, not find nothing. */
export const isStoredId = (id: number) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647

/** A relation as stored or as submitted: an id, a numeric string, or a populated document. */
export const relationId = (value: unknown): number | undefined => {
  const raw = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  const id = typeof raw === 'string' && /^\d{1,12}$/.test(raw) ? Number(raw) : raw
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : undefined
}
