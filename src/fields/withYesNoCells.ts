import type { CollectionConfig, Field } from 'payload'

const yesNoCell = '@/components/admin/YesNoCell#YesNoCell'

const withCells = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'checkbox')
      // A cell the collection chose itself (e.g. the submissions' own) stays.
      return field.admin?.components?.Cell
        ? field
        : {
            ...field,
            admin: { ...field.admin, components: { ...field.admin?.components, Cell: yesNoCell } },
          }
    if (field.type === 'row' || field.type === 'collapsible' || field.type === 'group')
      return { ...field, fields: withCells(field.fields) } as Field
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: withCells(tab.fields) })),
      }
    return field
  })

/**
 * Every checkbox of a collection shows "ja"/"nein" in its list (`YesNoCell`), also in nested
 * groups a coordinator may add as a column. Applied once in `payload.config.ts` to all collections.
 */
export const withYesNoCells = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: withCells(collection.fields),
})
