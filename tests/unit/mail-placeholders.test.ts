import { describe, expect, it } from 'vitest'

import { fillPlaceholders } from '@/email/compose'
import { defaultMailTexts } from '@/messages/mailTexts'

describe('placeholders in mail texts', () => {
  it('greets a person without a name with "Guten Tag," instead of "Guten Tag ,"', () => {
    expect(fillPlaceholders('Guten Tag {{name}},\n\nvielen Dank.', { name: '' })).toBe(
      'Guten Tag,\n\nvielen Dank.',
    )
    expect(fillPlaceholders('Guten Tag {{ name }}!', {})).toBe('Guten Tag!')
    expect(fillPlaceholders('Hallo {{name}}\nweiter', { name: '  ' })).toBe('Hallo\nweiter')
    expect(fillPlaceholders('Ihre Anmeldung {{name}}', { name: '' })).toBe('Ihre Anmeldung')
  })

  it('leaves filled placeholders and the words around empty ones as they were', () => {
    expect(fillPlaceholders('Guten Tag {{name}},', { name: 'Zoë Müller' })).toBe(
      'Guten Tag Zoë Müller,',
    )
    expect(fillPlaceholders('{{veranstaltung}} am {{datum}}', { veranstaltung: 'Treffen' })).toBe(
      'Treffen am',
    )
    expect(fillPlaceholders('mit {{x}} und', {})).toBe('mit  und')
  })

  it('gives every default text a clean greeting without a name', () => {
    for (const { text } of Object.values(defaultMailTexts)) {
      const filled = fillPlaceholders(text, { name: '' })
      expect(filled).not.toMatch(/ [,.!?]/)
      expect(filled).toMatch(/^Guten Tag,\n/)
    }
  })
})
