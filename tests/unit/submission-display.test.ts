import { describe, expect, it } from 'vitest'

import { formatDateTime, formatNumericDate } from '@/domain/dates'
import { consentPurposeLabel, labelledAnswers } from '@/domain/forms/answerLabels'
import { correctionReason, correctionsOf, isCorrectionReason } from '@/domain/forms/corrections'
import type { FormFieldDefinition } from '@/domain/forms/definition'

const fields: FormFieldDefinition[] = [
  { blockType: 'text', name: 'name', label: 'Vor- und Nachname' },
  { blockType: 'checkbox', name: 'photos', label: 'Ich bin mit Fotos einverstanden' },
  {
    blockType: 'select',
    name: 'fieldOfWork',
    label: 'Arbeitsfeld',
    options: [{ label: 'Jugendarbeit', value: 'youth' }],
  },
]

describe('showing a submission to the office', () => {
  it('shows each answer under the question the form asks, and options by their label', () => {
    expect(
      labelledAnswers(fields, [
        { field: 'name', value: 'Ada Muster' },
        { field: 'photos', value: 'ja' },
        { field: 'fieldOfWork', value: 'youth' },
        { field: 'removedLater', value: 'x' },
      ]),
    ).toEqual([
      { label: 'Vor- und Nachname', value: 'Ada Muster' },
      { label: 'Ich bin mit Fotos einverstanden', value: 'ja' },
      { label: 'Arbeitsfeld', value: 'Jugendarbeit' },
      { label: 'removedLater', value: 'x' },
    ])
  })

  it('names a consent by its purpose in German', () => {
    expect(consentPurposeLabel('photos')).toBe('Fotos bei der Veranstaltung')
  })

  it('writes moments in Berlin time with "Uhr", days as dd.MM.yyyy', () => {
    expect(formatDateTime('2026-12-01T03:05:00.000Z')).toBe('01.12.2026, 04:05 Uhr')
    expect(formatDateTime('2026-07-01T22:30:00.000Z')).toBe('02.07.2026, 00:30 Uhr')
    expect(formatNumericDate('2026-12-31T23:30:00.000Z')).toBe('01.01.2027')
  })
})

describe('corrections of contact details', () => {
  it('lists only the details that change, keeping the old value', () => {
    const corrections = correctionsOf(
      { name: 'Ada Muster', email: 'ada@example.org', organisation: null },
      { name: 'Ada Muster', email: 'ada.muster@example.org', organisation: 'Verein' },
    )
    expect(corrections).toEqual([
      { field: 'email', from: 'ada@example.org', to: 'ada.muster@example.org' },
      { field: 'organisation', from: '', to: 'Verein' },
    ])
    const reason = correctionReason(corrections)
    expect(reason).toBe(
      'Korrektur: E-Mail „ada@example.org“ → „ada.muster@example.org“; Organisation (leer) → „Verein“',
    )
    expect(isCorrectionReason(reason)).toBe(true)
  })

  it('ignores details the update does not set and changes of surrounding spaces', () => {
    expect(correctionsOf({ name: 'Ada', email: 'a@example.org' }, { name: ' Ada ' })).toEqual([])
  })
})
