import {
  APIError,
  type CollectionBeforeOperationHook,
  type Config,
  type FlattenedField,
  type Payload,
} from 'payload'

import {
  blockTypeField,
  conditionsOf,
  operatorFitsField,
  type QueriedField,
} from '@/domain/queries/operatorFits'
import { requestMessages } from '@/messages/requests'

/**
 * The field a filter path names (`start`, `registration.capacity`, `event.title`,
 * `fields.blockType`), through groups, arrays, blocks and single-collection relations; undefined
 * where the path is unknown (Payload refuses those itself) or leads somewhere not followed here.
 */
const queriedFieldOf = (
  fields: FlattenedField[],
  [name, ...rest]: string[],
  payload: Payload,
): QueriedField | undefined => {
  const field = fields.find((candidate) => candidate.name === name)
  if (!field) return undefined
  if (rest.length === 0) return field as QueriedField
  if (field.type === 'blocks' && rest.length === 1 && rest[0] === 'blockType') return blockTypeField
  if ('flattenedFields' in field) return queriedFieldOf(field.flattenedFields, rest, payload)
  if (
    (field.type === 'relationship' || field.type === 'upload') &&
    typeof field.relationTo === 'string'
  ) {
    const related = payload.collections[field.relationTo]?.config.flattenedFields
    return related && queriedFieldOf(related, rest, payload)
  }
  return undefined
}

/**
 * Refuses a filter whose operator the field's column cannot answer, with 400 in German, before any
 * query runs (the rule: domain/queries/operatorFits.ts). Every way in passes here: REST, the Local
 * API and the admin.
 */
export const refuseUnfitOperators: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const where = (args as { where?: unknown }).where
  for (const { path, operator } of conditionsOf(where)) {
    const field = queriedFieldOf(collection.flattenedFields, path.split('.'), req.payload)
    if (field && !operatorFitsField(operator, field))
      throw new APIError(requestMessages.unfitOperator(operator, path), 400, undefined, true)
  }
  return args
}

/** Adds the check to every collection, the plugins' included (so it comes last among plugins). */
export const withOperatorCheck = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), refuseUnfitOperators],
    },
  })),
})
