import { describe, expect, it } from 'vitest'

import { acceptedResult } from '@/components/forms/acceptedResult'

describe('what the page says once a form is sent', () => {
  it('names a partnership declaration as such and leaves the rest to the editor’s confirmation text', () => {
    expect(acceptedResult('partnership', 'received', true)).toEqual({
      title: 'Vielen Dank – Ihre Erklärung zur Kooperationspartnerschaft ist angekommen',
    })
  })

  it('never calls a declaration or a barrier report a message', () => {
    for (const kind of ['partnership', 'barrier', 'registration'] as const)
      expect(acceptedResult(kind, 'received', true).title).not.toContain('Nachricht')
    expect(acceptedResult('contact', 'received', true).title).toContain('Ihre Nachricht')
  })

  it('falls back to the fixed sentence only when the editor wrote no confirmation', () => {
    expect(acceptedResult('contact', 'received', false).text).toBe(
      'Wir melden uns so bald wie möglich bei Ihnen.',
    )
    expect(acceptedResult('contact', 'received', true).text).toBeUndefined()
  })

  it('keeps the seat decision’s own sentence beside the editor’s text', () => {
    expect(acceptedResult('registration', 'confirmed', true).text).toBe(
      'Ihre Teilnahme ist gesichert.',
    )
    expect(acceptedResult('registration', 'waitlisted', true).title).toBe(
      'Vielen Dank – Sie stehen auf der Warteliste',
    )
  })
})
