/**
 * "[bitte ergänzen: …]" marks what the office still has to fill in (the seed writes it where only
 * the county knows the legal details). Such a marker must never reach a visitor: the public site
 * shows the sentence without it, or leaves the line, paragraph or section out when nothing remains.
 * An unclosed marker runs to the end of its line, so a typo cannot leak the rest of it either.
 */
const marker = /\[\s*bitte\s+ergänzen[^\]\n]*(?:\]|$)/imu
const markerWithLead = /[ \t]*:?[ \t]*\[\s*bitte\s+ergänzen[^\]\n]*(?:\]|$)/gimu
const markerInside = /\[\s*bitte\s+ergänzen\s*:?\s*([^\]\n]*)(?:\]|$)/gimu

export const containsPlaceholder = (text: string | null | undefined): boolean =>
  typeof text === 'string' && marker.test(text)

/** What each marker in the text asks for ("Name der verantwortlichen Person"). */
export const placeholdersIn = (text: string): string[] =>
  [...text.matchAll(markerInside)].map((match) => match[1].trim())

const hasWords = (line: string) => /[\p{L}\p{N}]/u.test(line)

const tidyLine = (line: string) =>
  line
    .replace(markerWithLead, '')
    .replace(/^[\s.,;:]+/u, '')
    .replace(/([.,;:!?])(\s*[.,;:])+/gu, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+$/u, '')

/** The text without its markers; a line that held nothing but a marker is left out. */
export const stripPlaceholders = (text: string): string => {
  if (!containsPlaceholder(text)) return text
  return text
    .split('\n')
    .flatMap((line) => {
      if (!containsPlaceholder(line)) return [line]
      const tidy = tidyLine(line)
      return hasWords(tidy) ? [tidy] : []
    })
    .join('\n')
    .trim()
}

type LexicalNode = { type?: string; text?: string; tag?: string; children?: LexicalNode[] }

const headingRank = (node: LexicalNode) =>
  node.type === 'heading' ? Number(String(node.tag ?? 'h6').slice(1)) || 6 : undefined

/** A heading whose section became empty goes too: it would announce nothing. */
const dropEmptySections = (nodes: LexicalNode[]): LexicalNode[] => {
  const kept: LexicalNode[] = []
  for (let i = nodes.length - 1; i >= 0; i--) {
    const rank = headingRank(nodes[i])
    const next = kept[0]
    const nextRank = next && headingRank(next)
    const sectionEmpty = !next || (nextRank !== undefined && nextRank <= rank!)
    if (rank !== undefined && sectionEmpty) continue
    kept.unshift(nodes[i])
  }
  return kept
}

const stripNode = (node: LexicalNode): LexicalNode | null => {
  if (typeof node.text === 'string') {
    if (!containsPlaceholder(node.text)) return node
    const text = stripPlaceholders(node.text)
    return text ? { ...node, text } : null
  }
  if (!Array.isArray(node.children) || node.children.length === 0) return node
  const children = node.children.map(stripNode).filter((child): child is LexicalNode => !!child)
  if (children.length === 0) return null
  return { ...node, children }
}

type RichTextState = { root: LexicalNode }

const textsOf = (node: LexicalNode): string[] =>
  typeof node.text === 'string' ? [node.text] : (node.children ?? []).flatMap(textsOf)

const isRichText = (value: object): value is RichTextState => {
  const root = (value as { root?: LexicalNode }).root
  return typeof root === 'object' && root !== null && root.type === 'root'
}

const stripRichText = (state: RichTextState): RichTextState => {
  if (!textsOf(state.root).some(containsPlaceholder)) return state
  const root = stripNode(state.root)
  const children = dropEmptySections(root?.children ?? [])
  return { ...state, root: { ...state.root, children } }
}

/**
 * A document as the public may see it: every text, and the text in every rich-text field, without
 * markers. Plain data in, plain data out (what Payload's Local API returns).
 */
export const withoutPlaceholders = <T>(value: T): T => {
  if (typeof value === 'string') return stripPlaceholders(value) as T
  if (Array.isArray(value)) return value.map(withoutPlaceholders) as T
  if (typeof value !== 'object' || value === null) return value
  if (isRichText(value)) return stripRichText(value) as T
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, withoutPlaceholders(inner)]),
  ) as T
}

export type PlaceholderHit = {
  /** where the marker sits, e.g. ['layout', 0, 'representative'] */
  path: (string | number)[]
  /** what it asks for */
  asksFor: string
}

/** Every marker in a document, with the top-level path to the field that holds it. */
export const findPlaceholders = (
  value: unknown,
  path: (string | number)[] = [],
): PlaceholderHit[] => {
  if (typeof value === 'string') return placeholdersIn(value).map((asksFor) => ({ path, asksFor }))
  if (typeof value !== 'object' || value === null) return []
  if (!Array.isArray(value) && isRichText(value))
    return textsOf(value.root).flatMap((text) =>
      placeholdersIn(text).map((asksFor) => ({ path, asksFor })),
    )
  return Object.entries(value).flatMap(([key, inner]) =>
    findPlaceholders(inner, [...path, Array.isArray(value) ? Number(key) : key]),
  )
}
