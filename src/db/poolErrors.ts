import type { EventEmitter } from 'node:events'
import type { DatabaseAdapterObj } from 'payload'

/**
 * When PostgreSQL restarts, every idle pooled connection reports an error. node-postgres emits it
 * on the pool, and an `error` event nobody listens to crashes the whole Node process. The Postgres
 * adapter attaches no listener, so this one logs it: the pool drops the broken connection and
 * opens a new one for the next query, and the site recovers without a restart.
 */
export const withPoolErrorsLogged = (database: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...database,
  init: (args) => {
    const adapter = database.init(args)
    const connect = adapter.connect
    adapter.connect = async (...rest) => {
      await connect?.apply(adapter, rest)
      const pool = (adapter as { pool?: EventEmitter }).pool
      if (pool && pool.listenerCount('error') === 0)
        pool.on('error', (error) =>
          args.payload.logger.warn(
            `Verbindung zur Datenbank unterbrochen (${error.message}); sie wird für die nächste Abfrage neu aufgebaut.`,
          ),
        )
    }
    return adapter
  },
})
