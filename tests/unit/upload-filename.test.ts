import { describe, expect, it } from 'vitest'

import { visibleFilename } from '@/domain/uploadFilename'

describe('the name an uploaded file is stored under', () => {
  it('loses bidi controls that show "foto\u202Egnp.exe" as a harmless picture', () => {
    expect(visibleFilename('foto\u202Egnp.exe')).toBe('fotognp.exe')
    expect(visibleFilename('a\u2066b\u2067c\u2068d\u2069e\u202Af\u202Bg\u202Ch\u202Di')).toBe(
      'abcdefghi',
    )
    expect(visibleFilename('links\u200Erechts\u200F\u061C.pdf')).toBe('linksrechts.pdf')
  })

  it('loses zero-width characters, control characters and line separators', () => {
    expect(visibleFilename('pro\u200Bgramm\uFEFF\u2028\u0007.pdf')).toBe('programm.pdf')
  })

  it('keeps umlauts, spaces and other visible characters', () => {
    expect(visibleFilename('Grußwort Bürgermeisterin (2026) – Kyritz.pdf')).toBe(
      'Grußwort Bürgermeisterin (2026) – Kyritz.pdf',
    )
  })

  it('gives a name to a file whose name was nothing but hidden characters', () => {
    expect(visibleFilename('\u202E\u200B')).toBe('datei')
  })
})
