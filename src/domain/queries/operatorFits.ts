/**
 * Which filter operators a field's column can answer. Payload passes a REST filter
 * (`?where[start][like]=…`) to PostgreSQL as it is; an operator that does not fit the column
 * (text search on a date or a choice, a distance on a title) fails in the database or in Payload's
 * query builder (the combinations below were each seen failing with a 500;
 * tests/int/query-operators.test.ts tries every operator on every field), and the request ended
 * as a 500 with a stack in the log. Such a filter is refused beforehand (see
 * lib/queryOperators.ts). Only combinations known to fail are refused: everything else stays
 * Payload's to answer, so no filter the admin uses can be lost.
 */

/** A field as far as its filters are concerned: Payload's field type, and whether it holds a list. */
export type QueriedField = { type: string; hasMany?: boolean }

/**
 * A path into a block list or a rich text: tables and JSON of their own, where Payload's query
 * builder fails on every operator (even `equals` on a block's `blockType`).
 */
export const unqueryablePath: QueriedField = { type: 'unqueryable' }

/** The text searches: their value must be a text. */
export const textSearchOperators = new Set(['like', 'not_like', 'contains'])
const textSearch = textSearchOperators
const geometry = new Set(['near', 'within', 'intersects'])
/** Columns that PostgreSQL cannot search as text (dates, enums, booleans, coordinates, JSON). */
const notSearchableAsText = new Set([
  'date',
  'select',
  'radio',
  'checkbox',
  'point',
  'richText',
  'join',
])
/** Payload turns `like` on these into a cast of its own, but not `not_like` or `contains`. */
const likeOnly = new Set(['number', 'relationship', 'upload'])

export const operatorFitsField = (operator: string, field: QueriedField) => {
  // a list of blocks is tables of their own, a rich text one JSON document: no column to compare
  if (field.type === 'blocks' || field.type === 'unqueryable') return false
  if (geometry.has(operator)) return field.type === 'point'
  if (operator === 'all') return field.hasMany === true
  if (!textSearch.has(operator)) return true
  if (notSearchableAsText.has(field.type)) return false
  return operator === 'like' || !likeOnly.has(field.type) || field.hasMany === true
}

const isPlainValue = (value: unknown) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value)

/** A polymorphic relation as the admin filters it: `{ relationTo, value }`. */
const isRelationValue = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).every((key) => key === 'relationTo' || key === 'value') &&
  Object.values(value).every(isPlainValue)

/**
 * Whether an operator can take the value. A text search needs a text (Payload splits a `like`
 * value into words; a list, `null` or a number from a JSON filter ended as a 500). Every other
 * operator but the geometric ones (which take GeoJSON) needs a plain value or a list of them: an
 * object (`where[id][in][a]=1`) made Payload drop the condition, so a bulk delete as
 * `…&where[id][in][a]=…` removed everything else the filter chose (found by the final attack).
 */
export const operatorFitsValue = (operator: string, value: unknown) => {
  if (textSearch.has(operator)) return typeof value === 'string'
  if (geometry.has(operator)) return true
  if (Array.isArray(value)) return value.every(isPlainValue)
  return isPlainValue(value) || isRelationValue(value)
}

export type FilterCondition = { path: string; operator: string; value: unknown }

/** How deep `and`/`or` may nest (the admin's filter builder makes two levels). */
export const maxFilterDepth = 20

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Payload takes `AND`/`Or` too. */
const combinesConditions = (key: string) =>
  key.toLowerCase() === 'and' || key.toLowerCase() === 'or'

/**
 * Whether a filter has the shape Payload's database adapter can read: `and`/`or` (any case) hold a
 * list of filters, every other key an object of operators. A `null` there (`{"and": null}`,
 * `{"title": null}`) ended as an English 500 in the adapter. A filter that is no object at all
 * (`null`, a number) Payload ignores; a list is read like an object with keys 0, 1, ….
 */
export const isReadableFilter = (where: unknown, depth = 0): boolean => {
  if (typeof where !== 'object' || where === null) return true
  // and/or nested this deep is no filter anyone writes; deeper ones overflowed the stack here
  if (depth > maxFilterDepth) return false
  return Object.entries(where).every(([key, value]) => {
    if (combinesConditions(key))
      return (
        Array.isArray(value) &&
        value.every((part) => isPlainObject(part) && isReadableFilter(part, depth + 1))
      )
    return isPlainObject(value)
  })
}

/** Every path, operator and value of a where clause, through its `and`/`or` lists. */
export const conditionsOf = (where: unknown): FilterCondition[] => {
  if (!where || typeof where !== 'object') return []
  return Object.entries(where).flatMap(([key, value]): FilterCondition[] => {
    if (combinesConditions(key) && Array.isArray(value)) return value.flatMap(conditionsOf)
    if (!isPlainObject(value)) return []
    return Object.entries(value).map(([operator, operand]) => ({
      path: key,
      operator,
      value: operand,
    }))
  })
}
