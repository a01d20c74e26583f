import { initI18n } from '@payloadcms/translations'
import { EntityType, groupNavItems } from '@payloadcms/ui/shared'
import { createClientConfig, type Field, type SanitizedConfig } from 'payload'
import { describe, expect, it } from 'vitest'

const sanitizedConfig = async (): Promise<SanitizedConfig> => {
  const { default: config } = await import('@payload-config')
  return config
}

/** Every German string of the admin exactly as Payload assembles it (its own, plugins', ours). */
const germanStrings = async () => {
  const config = await sanitizedConfig()
  const i18n = await initI18n({ config: config.i18n, context: 'api', language: 'de' })
  const walk = (value: unknown, path: string): [string, string][] =>
    typeof value === 'string'
      ? [[path, value]]
      : Object.entries(value as object).flatMap(([key, inner]) => walk(inner, `${path}.${key}`))
  return walk(i18n.translations, 'de')
}

const duPronouns = ['du', 'dich', 'dir', 'dein\\w*', 'euch', 'euer', 'eure\\w*']
const duImperatives = [
  'Beginne',
  'Bestätige',
  'Bist',
  'Drücke',
  'Erstelle',
  'Gehe',
  'Gib',
  'Hast',
  'Ignoriere',
  'Kannst',
  'Klicke',
  'Kopiere',
  'Lade',
  'Möchtest',
  'Passe',
  'Prüfe',
  'Setze',
  'Speichere',
  'Suche',
  'Überprüfe',
  'Verifiziere',
  'Verknüpfe',
  'Versuche',
  'Wähle',
  'Willst',
  'Zeichne',
  'Ziehe',
]
const duForm = new RegExp(
  `(?<![\\p{L}])(${[...duPronouns, ...duImperatives].join('|')})(?![\\p{L}])`,
  'iu',
)

/** The date fields an editor can fill in (hidden, disabled and read-only ones show no picker). */
const dateFieldsIn = (fields: Field[]): Field[] =>
  fields.flatMap((field) => {
    const admin = field.admin as { hidden?: boolean; disabled?: boolean; readOnly?: boolean }
    if (('hidden' in field && field.hidden) || admin?.hidden || admin?.disabled || admin?.readOnly)
      return []
    if (field.type === 'date') return [field]
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => dateFieldsIn(tab.fields))
    if (field.type === 'blocks') return field.blocks.flatMap((block) => dateFieldsIn(block.fields))
    return 'fields' in field ? dateFieldsIn(field.fields) : []
  })

describe('the admin in German', () => {
  it('addresses editors as "Sie" everywhere, also in the plugins and the editor', async () => {
    const strings = await germanStrings()
    expect(strings.length).toBeGreaterThan(500)
    expect(strings.filter(([, text]) => duForm.test(text))).toEqual([])
  })

  it('keeps Payload’s placeholders in the polite wording', async () => {
    const strings = new Map(await germanStrings())
    expect(strings.get('de.general.aboutToDelete')).toBe(
      'Sie sind dabei, {{label}} <1>{{title}}</1> zu löschen. Sind Sie sicher?',
    )
    expect(strings.get('de.lexical.general.placeholder')).toBe(
      'Text eingeben oder „/“ für Befehle drücken …',
    )
  })

  it('puts collection names, not "[object Object]", into the create buttons', async () => {
    const config = await sanitizedConfig()
    const i18n = await initI18n({ config: config.i18n, context: 'client', language: 'de' })
    // what the browser gets: the "create new" button of an upload or relationship field
    const clientConfig = createClientConfig({
      config,
      i18n,
      importMap: {},
      user: true,
    } as Parameters<typeof createClientConfig>[0])
    const drawerButtons = clientConfig.collections.map((collection) =>
      i18n.t('fields:addNewLabel', { label: collection.labels.singular }),
    )
    // what the dashboard's cards say on their "+" buttons
    const readable = { read: true as const, fields: {} }
    const navGroups = groupNavItems(
      config.collections.map((entity) => ({ type: EntityType.collection, entity })),
      { collections: Object.fromEntries(config.collections.map((c) => [c.slug, readable])) },
      i18n,
    )
    const cardButtons = navGroups.flatMap((group) =>
      group.entities.map(({ label }) => i18n.t('general:createNewLabel', { label })),
    )
    expect([...drawerButtons, ...cardButtons].filter((text) => /object|=>/.test(text))).toEqual([])
    expect(drawerButtons).toContain('Veranstaltung erstellen')
    expect(cardButtons).toContain('Veranstaltungen neu erstellen')
  })

  it('labels the date picker’s times and buttons in German', async () => {
    const config = await sanitizedConfig()
    // Payload's own collections (jobs, preferences, migrations) do not appear in the admin.
    const ours = config.collections.filter(({ slug }) => !slug.startsWith('payload-'))
    const dateFields = [...ours, ...config.globals].flatMap((entity) => dateFieldsIn(entity.fields))
    expect(dateFields.length).toBeGreaterThan(3)
    const english = dateFields.filter((field) => {
      const overrides = field.type === 'date' ? field.admin?.date?.overrides : undefined
      return (
        overrides?.timeCaption !== 'Uhrzeit' || overrides.nextMonthAriaLabel !== 'Nächster Monat'
      )
    })
    expect(english.map((field) => ('name' in field ? field.name : field.type))).toEqual([])
  })
})
