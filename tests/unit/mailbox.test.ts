import { describe, expect, it } from 'vitest'

import { normalisedMailbox } from '@/domain/mailbox'

describe('the mailbox an address reaches, for counting mails per recipient', () => {
  it('ignores case, spaces around it and a plus tag in the local part', () => {
    for (const spelling of [
      'name@example.org',
      ' Name@Example.ORG ',
      'name+1@example.org',
      'NAME+news+2@example.org',
    ])
      expect(normalisedMailbox(spelling)).toBe('name@example.org')
  })

  it('keeps different people apart and leaves odd input as it is', () => {
    expect(normalisedMailbox('name2@example.org')).toBe('name2@example.org')
    expect(normalisedMailbox('name@other.example')).toBe('name@other.example')
    expect(normalisedMailbox('+tag@example.org')).toBe('+tag@example.org')
    expect(normalisedMailbox('kein-at-zeichen')).toBe('kein-at-zeichen')
  })
})
