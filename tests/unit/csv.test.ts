import { describe, expect, it } from 'vitest'

import { csvBom, csvCell, csvRow } from '@/domain/export/csv'

describe('CSV for German spreadsheets', () => {
  it('separates with ; and ends rows with CRLF', () => {
    expect(csvRow(['Müller', 'Jugendclub Kyritz', 2])).toBe('Müller;Jugendclub Kyritz;2\r\n')
    expect(csvBom).toBe('\uFEFF')
  })

  it('quotes cells with separators, quotes and line breaks', () => {
    expect(csvCell('Verein; Ortsgruppe')).toBe('"Verein; Ortsgruppe"')
    expect(csvCell('Der „Bund“ "e.V."')).toBe('"Der „Bund“ ""e.V."""')
    expect(csvCell('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"')
    expect(csvCell(' leading')).toBe('" leading"')
  })

  it.each(['=HYPERLINK("http://x")', '+49 123', '-1+1', '@SUM(A1)', '\tTab', '\rCR'])(
    'defuses the formula %j',
    (value) => {
      expect(csvCell(value).replace(/^"/, '')).toMatch(/^'/)
    },
  )

  it('leaves empty values empty and ordinary text alone', () => {
    expect(csvRow([null, undefined, '', 'ok'])).toBe(';;;ok\r\n')
  })
})
