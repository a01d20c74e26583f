import { describe, expect, it } from 'vitest'

import type { FormFieldDefinition } from '@/domain/forms/definition'
import { checkSpamSignals, issueFormToken } from '@/domain/forms/spam'
import { validateAnswers } from '@/domain/forms/validate'

const fields: FormFieldDefinition[] = [
  { blockType: 'text', name: 'name', label: 'Vor- und Nachname', required: true, column: 'name' },
  { blockType: 'text', name: 'website', label: 'Website' },
  { blockType: 'email', name: 'email', label: 'E-Mail-Adresse', required: true },
  { blockType: 'number', name: 'persons', label: 'Personen', required: true, min: 1, max: 5 },
  { blockType: 'textarea', name: 'message', label: 'Nachricht' },
  {
    blockType: 'select',
    name: 'municipality',
    label: 'Kommune',
    options: [{ label: 'Neuruppin', value: 'Neuruppin' }],
  },
  { blockType: 'checkbox', name: 'photos', label: 'Fotos', consentPurpose: 'photos' },
]

const valid = { name: 'Zoë Müller-Łukasiewicz', email: 'zoe@beispiel.de', persons: '2' }

const errorOf = (input: Record<string, unknown>, field: string) => {
  const result = validateAnswers(fields, { ...valid, ...input })
  return result.ok ? undefined : result.errors.find((e) => e.field === field)?.message
}

describe('answers', () => {
  it('accept ordinary German input, typed', () => {
    const result = validateAnswers(fields, {
      ...valid,
      message: 'Zeile 1\nZeile 2 – „gut“ 👍',
      photos: 'on',
    })
    expect(result).toEqual({
      ok: true,
      values: {
        name: 'Zoë Müller-Łukasiewicz',
        email: 'zoe@beispiel.de',
        persons: 2,
        message: 'Zeile 1\nZeile 2 – „gut“ 👍',
        website: null,
        municipality: null,
        photos: true,
      },
    })
  })

  it('name each missing required field in German', () => {
    const result = validateAnswers(fields, {})
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.errors.map((e) => e.message)).toEqual([
        'Bitte füllen Sie das Feld „Vor- und Nachname“ aus.',
        'Bitte füllen Sie das Feld „E-Mail-Adresse“ aus.',
        'Bitte füllen Sie das Feld „Personen“ aus.',
      ])
  })

  it.each([
    ['name', 'Max\r\nBcc: x@y.de', 'darf keine Zeilenumbrüche'],
    ['name', '<script>alert(1)</script>', 'spitzen Klammern'],
    ['name', 'x'.repeat(201), 'höchstens 200 Zeichen'],
    ['name', 'x'.repeat(1_000_000), 'höchstens 200 Zeichen'], // 1 MB
    ['name', 'Eve\u202Egnp.exe', 'Zeichen, die wir nicht verarbeiten können'],
    ['name', 'bad \uD800 surrogate', 'Zeichen, die wir nicht verarbeiten können'],
    ['name', 'null\u0000byte', 'Zeichen, die wir nicht verarbeiten können'],
    ['name', { $ne: '' }, 'muss ein Text sein'],
    ['name', ['a', 'b'], 'muss ein Text sein'],
    ['email', 'keine-adresse', 'gültige E-Mail-Adresse'],
    ['email', 'a@b.de\r\nBcc: c@d.de', 'Zeilenumbrüche'],
    ['persons', '0', 'von 1 bis 5'],
    ['persons', '6', 'von 1 bis 5'],
    ['persons', '2.5', 'von 1 bis 5'],
    ['persons', '1e3', 'von 1 bis 5'],
    ['persons', true, 'von 1 bis 5'],
    ['message', '<img src=x onerror=alert(1)>', 'HTML-Code'],
    ['message', 'y'.repeat(5001), 'höchstens 5.000 Zeichen'],
    ['municipality', 'Berlin', 'angebotenen Möglichkeiten'],
    ['photos', 'maybe', 'ungültig'],
  ])('refuse %s with %#', (field, value, expected) => {
    expect(errorOf({ [field]: value }, field)).toContain(expected)
  })

  it('refuse fields the form does not have', () => {
    expect(errorOf({ status: 'confirmed' }, 'status')).toBe(
      'Das Feld „status“ gehört nicht zu diesem Formular.',
    )
  })
})

describe('invisible and stacked characters', () => {
  it.each([
    ['an Arabic letter mark', 'Max\u061CMuster'],
    ['a word joiner', 'Max\u2060Muster'],
    ['a Hangul filler', '\u3164'],
    ['tag characters', 'Max\u{E0041}\u{E0042}'],
    ['a stack of combining marks', 'Ma' + '\u0301\u0316'.repeat(10)],
    ['a Braille blank', 'Max\u2800Muster'],
    ['invisible musical formatting', 'Max\u{1D173}Muster'],
    ['supplementary variation selectors', 'M\u{E0100}\u{E0101}ax'],
  ])('refuse %s in a name', (_, name) => {
    expect(errorOf({ name }, 'name')).toMatch(/Zeichen/)
  })
  it('keep names with accents of many languages', () => {
    for (const name of ['Nguyễn Thị Ánh', 'שָׁלוֹם', 'Ελένη', 'देवनागरी', 'Zoë 🇩🇪'])
      expect(errorOf({ name }, 'name')).toBeUndefined()
  })
})

describe('links in names', () => {
  // Names are repeated in the office's mails: "Guten Tag <name>" must not carry a phishing link.
  it.each([
    'Ihr Konto ist gesperrt: https://evil.example/login',
    'Bitte www.evil.example öffnen',
    'evil.example/login',
  ])('refuse "%s" as a name', (name) => {
    expect(errorOf({ name }, 'name')).toBe(
      '„Vor- und Nachname“ darf keine Internetadresse enthalten.',
    )
  })
  it('keep names with dots and an address in a field meant for it', () => {
    expect(errorOf({ name: 'Dr. A. Beispiel-Müller' }, 'name')).toBeUndefined()
    expect(errorOf({ website: 'https://verein.example/' }, 'website')).toBeUndefined()
  })
})

describe('spam signals', () => {
  const secret = 'spam-secret-0000000000000000000000'
  const shown = new Date('2026-03-01T12:00:00Z')
  const token = issueFormToken(7, secret, shown)
  const later = (seconds: number) => new Date(shown.getTime() + seconds * 1000)
  const check = (overrides: object) =>
    checkSpamSignals({
      formId: 7,
      honeypot: '',
      formToken: token,
      secret,
      minFillSeconds: 3,
      now: later(20),
      ...overrides,
    })

  it('let a person through who took a moment', () => expect(check({})).toBeNull())
  it('catch a filled honeypot', () =>
    expect(check({ honeypot: 'http://spam.example' })).toBe('honeypot'))
  it('catch a form sent faster than a person can', () =>
    expect(check({ now: later(1) })).toBe('tooFast'))
  it('catch missing, forged, foreign or stale tokens', () => {
    expect(check({ formToken: undefined })).toBe('tokenInvalid')
    expect(check({ formToken: token.replace(/.$/, 'x') })).toBe('tokenInvalid')
    expect(check({ formId: 8 })).toBe('tokenInvalid')
    expect(check({ now: later(25 * 60 * 60) })).toBe('tokenExpired')
  })
  it('refuse a token harvested a few hours ago', () => {
    expect(check({ now: later(2 * 60 * 60) })).toBeNull()
    expect(check({ now: later(4 * 60 * 60) })).toBe('tokenExpired')
  })
})
