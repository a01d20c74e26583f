import { describe, expect, it } from 'vitest'

import {
  containsPlaceholder,
  findPlaceholders,
  stripPlaceholders,
  withoutPlaceholders,
} from '@/domain/placeholders'

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] })
const heading = (text: string, tag = 'h2') => ({
  type: 'heading',
  tag,
  children: [{ type: 'text', text }],
})
const richText = (...children: object[]) => ({ root: { type: 'root', children } })

describe('recognising a placeholder', () => {
  it('finds the marker in any case and spacing, and nothing else in brackets', () => {
    expect(containsPlaceholder('[bitte ergänzen: Name]')).toBe(true)
    expect(containsPlaceholder('Text [Bitte  Ergänzen] mehr')).toBe(true)
    expect(containsPlaceholder('[bitte ergänzen: ohne Ende')).toBe(true)
    expect(containsPlaceholder('[Hinweis] bitte ergänzen Sie Ihre Angaben')).toBe(false)
    expect(containsPlaceholder(null)).toBe(false)
  })
})

describe('a text without its placeholders', () => {
  it('keeps the sentence without the missing part', () => {
    expect(
      stripPlaceholders(
        'über den wir Bestätigungen versenden: [bitte ergänzen: Namen der Dienstleister]. Eine Übermittlung findet nicht statt.',
      ),
    ).toBe('über den wir Bestätigungen versenden. Eine Übermittlung findet nicht statt.')
    expect(stripPlaceholders('Geprüft mit axe-core. [bitte ergänzen: Ergebnis]')).toBe(
      'Geprüft mit axe-core.',
    )
  })

  it('leaves out a line that held only the placeholder, and keeps the other lines', () => {
    expect(
      stripPlaceholders('[bitte ergänzen: Name der Person]\nVirchowstr. 14-16\n16816 Neuruppin'),
    ).toBe('Virchowstr. 14-16\n16816 Neuruppin')
    expect(stripPlaceholders('[bitte ergänzen: Landrat]')).toBe('')
  })

  it('drops an unclosed marker up to the end of its line', () => {
    expect(stripPlaceholders('Erste Zeile\nKontakt [bitte ergänzen: Telefon\nDritte')).toBe(
      'Erste Zeile\nKontakt\nDritte',
    )
  })

  it('returns a text without markers unchanged', () => {
    const text = '  Absatz eins.\n\nAbsatz zwei: Ende  '
    expect(stripPlaceholders(text)).toBe(text)
  })
})

describe('rich text without its placeholders', () => {
  it('leaves out a paragraph that held only the placeholder and its then empty section', () => {
    const state = richText(
      heading('Verantwortliche Stelle'),
      paragraph('Landkreis Ostprignitz-Ruppin'),
      heading('Datenschutzbeauftragte Person'),
      paragraph('[bitte ergänzen: Kontakt]'),
      heading('Empfänger'),
      paragraph('Dienstleister: [bitte ergänzen: Namen]. Keine Drittländer.'),
    )
    expect(withoutPlaceholders(state)).toEqual(
      richText(
        heading('Verantwortliche Stelle'),
        paragraph('Landkreis Ostprignitz-Ruppin'),
        heading('Empfänger'),
        paragraph('Dienstleister. Keine Drittländer.'),
      ),
    )
  })

  it('keeps a heading whose section still has a subsection', () => {
    const state = richText(heading('Teil', 'h2'), heading('Unterteil', 'h3'), paragraph('Text'))
    const withMarker = richText(...state.root.children, paragraph('[bitte ergänzen]'))
    expect(withoutPlaceholders(withMarker)).toEqual(state)
  })

  it('leaves out a list item and then the empty list', () => {
    const list = {
      type: 'list',
      children: [{ type: 'listitem', children: [paragraph('[bitte ergänzen: x]')] }],
    }
    expect(withoutPlaceholders(richText(paragraph('Davor'), list))).toEqual(
      richText(paragraph('Davor')),
    )
  })
})

describe('a document without placeholders, and where they were', () => {
  const page = {
    title: 'Impressum',
    layout: [
      {
        blockType: 'imprint',
        representative: '[bitte ergänzen: Landrätin oder Landrat]',
        phone: '0157',
      },
      {
        blockType: 'richText',
        content: richText(paragraph('Kontakt: [bitte ergänzen: Datenschutz]')),
      },
    ],
  }

  it('strips every string and every rich text of a document', () => {
    const clean = withoutPlaceholders(page)
    expect(JSON.stringify(clean)).not.toMatch(/bitte ergänzen/i)
    expect(clean.layout[0]).toEqual({ blockType: 'imprint', representative: '', phone: '0157' })
  })

  it('names each field holding a marker and what it asks for', () => {
    expect(findPlaceholders(page)).toEqual([
      { path: ['layout', 0, 'representative'], asksFor: 'Landrätin oder Landrat' },
      { path: ['layout', 1, 'content'], asksFor: 'Datenschutz' },
    ])
  })
})
