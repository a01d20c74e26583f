import {
  APIError,
  type CollectionBeforeOperationHook,
  type Config,
  type FlattenedField,
  type Payload,
} from 'payload'

import {
  conditionsOf,
  isReadableFilter,
  operatorFitsField,
  operatorFitsValue,
  textSearchOperators,
  type QueriedField,
  unqueryablePath,
} from '@/domain/queries/operatorFits'
import { requestMessages } from '@/messages/requests'

/** The row id (PostgreSQL's serial): not a declared field, but filterable on every collection. */
const idField: QueriedField = { type: 'number' }

/**
 * The field a filter path names (`start`, `registration.capacity`, `event.title`,
 * `notices.subject`), through groups, arrays, single-collection relations and joins. Inside a block list or a rich text there is no column to
 * filter on: such a path is unqueryable. Undefined where the path is unknown (Payload refuses those
 * itself) or leads somewhere not followed here.
 */
const queriedFieldOf = (
  fields: FlattenedField[],
  [name, ...rest]: string[],
  payload: Payload,
): QueriedField | undefined => {
  const field = fields.find((candidate) => candidate.name === name)
  if (!field) return name === 'id' && rest.length === 0 ? idField : undefined
  if (rest.length === 0) return field as QueriedField
  if (field.type === 'blocks' || field.type === 'richText') return unqueryablePath
  if ('flattenedFields' in field) return queriedFieldOf(field.flattenedFields, rest, payload)
  if (
    (field.type === 'relationship' || field.type === 'upload') &&
    typeof field.relationTo === 'string'
  ) {
    const related = payload.collections[field.relationTo]?.config.flattenedFields
    return related && queriedFieldOf(related, rest, payload)
  }
  // a join (an event's notices) is filtered by the fields of the collection it gathers
  if (field.type === 'join' && typeof field.collection === 'string') {
    const joined = payload.collections[field.collection]?.config.flattenedFields
    return joined && queriedFieldOf(joined, rest, payload)
  }
  return undefined
}

/** Fields of a version row besides the document itself (`version.…`). */
const versionRowFields: Record<string, QueriedField> = {
  parent: { type: 'relationship' },
  latest: { type: 'checkbox' },
  autosave: { type: 'checkbox' },
  snapshot: { type: 'checkbox' },
  createdAt: { type: 'date' },
  updatedAt: { type: 'date' },
  id: idField,
}

/**
 * The same for a filter on a collection's versions (staff's version history): the document's fields
 * under `version.`, beside the row's own. Payload hands these hooks the operation `read`, as for the
 * documents, so a path is tried both ways; no collection has fields of these names.
 */
const queriedVersionFieldOf = (
  fields: FlattenedField[],
  [name, ...rest]: string[],
  payload: Payload,
): QueriedField | undefined => {
  if (name === 'version') return queriedFieldOf(fields, rest, payload)
  return rest.length === 0 ? versionRowFields[name ?? ''] : undefined
}

/** Marks our refusal across bundles (the production build renames classes, see answerUnfitOperator). */
const unfitOperatorMark = Symbol.for('buendnis.unfitOperator')

const refusedFilterError = (message: string) =>
  Object.assign(new APIError(message, 400, undefined, true), { [unfitOperatorMark]: true })

const unfitOperatorError = (operator: string, path: string) =>
  refusedFilterError(requestMessages.unfitOperator(operator, path))

/** Payload writes `__` for `.` in filter paths. */
const pathSegmentsOf = (path: string) => path.replaceAll('__', '.').split('.')

/**
 * Refuses a filter whose operator the field's column cannot answer, with 400 in German, before any
 * query runs (the rule: domain/queries/operatorFits.ts). Every way in passes here: REST, the Local
 * API and the admin.
 */
export const refuseUnfitOperators: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const where = (args as { where?: unknown }).where
  if (!isReadableFilter(where)) throw refusedFilterError(requestMessages.unreadableFilter)
  for (const { path, operator, value } of conditionsOf(where)) {
    if (!operatorFitsValue(operator, value))
      throw refusedFilterError(
        textSearchOperators.has(operator)
          ? requestMessages.unfitValue(operator, path)
          : requestMessages.unfitPlainValue(operator, path),
      )
    const segments = pathSegmentsOf(path)
    const field =
      queriedFieldOf(collection.flattenedFields, segments, req.payload) ??
      (collection.versions
        ? queriedVersionFieldOf(collection.flattenedFields, segments, req.payload)
        : undefined)
    if (field && !operatorFitsField(operator, field)) throw unfitOperatorError(operator, path)
  }
  return args
}

/**
 * The refusal's German sentence in the answer. Payload formats an APIError by its class name, which
 * the production build shortens to nothing: the client got "An unknown error occurred." (found by
 * the attack). Global afterError hook.
 */
export const answerUnfitOperator = ({
  error,
}: {
  error: unknown
}): { response: Record<string, unknown>; status: number } | undefined =>
  (error as { [unfitOperatorMark]?: true } | null)?.[unfitOperatorMark]
    ? { status: 400, response: { errors: [{ message: (error as Error).message }] } }
    : undefined

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
