/** Raw SQL where Payload's query API cannot express it (row locks, sums, atomic claims). */
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { postgresOf } from './adapter'

export type SqlExecutor = Pick<ReturnType<typeof postgresOf>['drizzle'], 'execute'>

const sessionOf = async (req: PayloadRequest) => {
  const id = await req.transactionID
  return id ? postgresOf(req.payload).sessions[String(id)] : undefined
}

/** The connection of the request's open transaction; seat decisions are only valid inside one. */
export const transactionOf = async (req: PayloadRequest): Promise<SqlExecutor> => {
  const session = await sessionOf(req)
  if (!session)
    throw new Error('Plätze dürfen nur innerhalb einer Datenbank-Transaktion vergeben werden.')
  return session.db
}

/** Payload's own connection pool, outside any request transaction: for reads and atomic updates. */
export const connectionOf = (payload: Payload): SqlExecutor => postgresOf(payload).drizzle

/**
 * The request's transaction if it has one, else the pool. Code that runs inside a transaction
 * (hooks, reads populated during a write) must not wait for a second pooled connection while it
 * holds one: enough such waits at once empty the pool for good.
 */
export const executorFor = async (req: PayloadRequest): Promise<SqlExecutor> =>
  (await sessionOf(req))?.db ?? connectionOf(req.payload)

export { sql }
