import type { Field } from 'payload'

/** The admin's own German labels, so the panel names a field as the editor sees it. */
type Label = unknown

const german = (label: Label, fallback: string): string => {
  if (typeof label === 'string') return label
  if (typeof label === 'object' && label !== null && 'de' in label) return String(label.de)
  return fallback
}

type Named = Field & { name: string }

/** Fields as the document stores them: rows, collapsibles and unnamed tabs add no level. */
const storedFields = (fields: Field[]): Field[] =>
  fields.flatMap((field): Field[] => {
    if (field.type === 'row' || field.type === 'collapsible') return storedFields(field.fields)
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab): Field[] =>
        'name' in tab && tab.name
          ? [{ type: 'group', name: tab.name, label: tab.label, fields: tab.fields } as Field]
          : storedFields(tab.fields),
      )
    return [field]
  })

const fieldNamed = (fields: Field[], name: string) =>
  storedFields(fields).find((field): field is Named => 'name' in field && field.name === name)

/**
 * The labels along a path into a document, e.g. ['layout', 0, 'representative'] on the
 * Impressum → ['Impressum', 'Vertreten durch'] (block label, then field label).
 */
export const fieldLabelPath = (
  fields: Field[],
  doc: unknown,
  path: (string | number)[],
): string[] => {
  const [head, ...rest] = path
  if (typeof head !== 'string') return []
  const field = fieldNamed(fields, head)
  if (!field) return [head]
  const label = german('label' in field ? field.label : undefined, head)
  const value = (doc as Record<string, unknown> | null | undefined)?.[head]
  const index = rest[0]
  if (field.type === 'blocks' && typeof index === 'number') {
    const item = (value as { blockType?: string }[] | undefined)?.[index]
    const block = field.blocks.find((candidate) => candidate.slug === item?.blockType)
    if (!block) return [label]
    const blockLabel = german(block.labels?.singular, block.slug)
    return [blockLabel, ...fieldLabelPath(block.fields, item, rest.slice(1))]
  }
  if (field.type === 'array' && typeof index === 'number') {
    const item = (value as unknown[] | undefined)?.[index]
    return [`${label} ${index + 1}`, ...fieldLabelPath(field.fields, item, rest.slice(1))]
  }
  if (field.type === 'group') return [label, ...fieldLabelPath(field.fields, value, rest)]
  return [label]
}
