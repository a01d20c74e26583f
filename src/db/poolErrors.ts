import type { EventEmitter } from 'node:events'
import type { DatabaseAdapterObj } from 'payload'

/**
 * When PostgreSQL restarts (or ends an abandoned transaction), every pooled connection reports an
 * error: an idle one on the pool, one in use on itself. An `error` event nobody listens to crashes
 * the Node process. The Postgres adapter attaches no listener, so this one logs it: the pool drops
 * the broken connection and opens a new one for the next query, and the site recovers without a
 * restart.
 */
export const withPoolErrorsLogged = (database: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...database,
  init: (args) => {
    const adapter = database.init(args)
    const connect = adapter.connect
    adapter.connect = async (...rest) => {
      await connect?.apply(adapter, rest)
      const pool = (adapter as { pool?: EventEmitter }).pool
      if (!pool || pool.listenerCount('error') > 0) return
      const warn = (error: Error) =>
        args.payload.logger.warn(
          `Verbindung zur Datenbank unterbrochen (${error.message}); sie wird für die nächste Abfrage neu aufgebaut.`,
        )
      pool.on('error', warn)
      // A connection in use (e.g. inside a transaction) reports the loss on itself, not the pool.
      pool.on('connect', (client: EventEmitter) => client.on('error', warn))
    }
    return adapter
  },
})
