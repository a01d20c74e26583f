/**
 * Rejects GraphQL operations nested deeper than a limit. maxComplexity counts fields, but
 * relationships let a small query walk page → block → link → page … again and again, each level
 * costing database reads; a depth limit stops that before anything runs.
 *
 * Fields starting with `__` (`__schema`, `__type`, `__typename`) are neither counted nor entered:
 * the standard introspection query nests `ofType` about nine levels deep, yet it only reads the
 * schema held in memory, and maxComplexity still bounds its size.
 */
import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'

export const maxQueryDepth = 8

export const tooDeepMessage = (limit: number) =>
  `Die Abfrage ist zu tief verschachtelt (höchstens ${limit} Ebenen).`

const isMetaField = (name: string) => name.startsWith('__')

/** Depth of the deepest field path below a selection set; fragments add no level of their own. */
const createDepthMeasure = (context: ValidationContext, limit: number) => {
  // A fragment's depth does not depend on where it is spread, so each is measured once: without
  // this, fragments spreading each other twice would cost exponential time.
  const fragmentDepths = new Map<string, number>()
  const entered = new Set<string>()

  const fragmentDepth = (fragment: FragmentDefinitionNode): number => {
    const name = fragment.name.value
    const known = fragmentDepths.get(name)
    if (known !== undefined) return known
    // A cycle makes the document invalid anyway (NoFragmentCyclesRule reports it); just stop.
    if (entered.has(name)) return 0
    entered.add(name)
    const depth = depthBelow(fragment.selectionSet)
    entered.delete(name)
    fragmentDepths.set(name, depth)
    return depth
  }

  const depthOfSelection = (selection: SelectionSetNode['selections'][number]): number => {
    if (selection.kind === Kind.FIELD) {
      if (isMetaField(selection.name.value)) return 0
      return 1 + (selection.selectionSet ? depthBelow(selection.selectionSet) : 0)
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) return depthBelow(selection.selectionSet)
    const fragment = context.getFragment(selection.name.value)
    // Unknown fragments are reported by KnownFragmentNamesRule.
    return fragment ? fragmentDepth(fragment) : 0
  }

  const depthBelow = (selectionSet: SelectionSetNode): number => {
    let deepest = 0
    for (const selection of selectionSet.selections) {
      deepest = Math.max(deepest, depthOfSelection(selection))
      // Past the limit the answer is settled; looking further only costs time.
      if (deepest > limit) break
    }
    return deepest
  }

  return depthBelow
}

export const createDepthLimitRule =
  (limit: number = maxQueryDepth): ValidationRule =>
  (context) => {
    const depthBelow = createDepthMeasure(context, limit)
    return {
      OperationDefinition(operation) {
        if (depthBelow(operation.selectionSet) > limit) {
          context.reportError(new GraphQLError(tooDeepMessage(limit), { nodes: [operation] }))
        }
      },
    }
  }
