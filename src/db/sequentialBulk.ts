import type { DatabaseAdapterObj } from 'payload'

/**
 * Bulk changes (e.g. a coordinator cancelling several registrations at once) run one document
 * after another, each in its own transaction, instead of all at once in one shared transaction:
 * every status change must see the seats the previous one freed or took. Payload supports this
 * mode (`bulkOperationsSingleTransaction`); the Postgres adapter has no option for it yet.
 */
export const withSequentialBulkOperations = (database: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...database,
  init: (args) => Object.assign(database.init(args), { bulkOperationsSingleTransaction: true }),
})
