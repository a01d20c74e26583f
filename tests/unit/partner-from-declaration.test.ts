import { describe, expect, it } from 'vitest'

import {
  hasNamingConsent,
  namingConsentWithdrawn,
  partnerDraftOf,
} from '@/domain/partners/fromDeclaration'

const answers = (values: Record<string, string>) =>
  Object.entries(values).map(([field, value]) => ({ field, value }))

describe('a partner entry from a declaration', () => {
  it('takes name, field of work and municipality as the seeded form asks for them', () => {
    expect(
      partnerDraftOf({
        organisation: '  Jugendclub Kyritz ',
        municipality: 'Kyritz',
        submissionData: answers({ fieldOfWork: 'Bildung / Schule', contactPerson: 'Ada' }),
      }),
    ).toEqual({ name: 'Jugendclub Kyritz', category: 'education', municipality: 'Kyritz' })
  })

  it('files an unknown field of work under "Sonstige" and leaves an unknown municipality out', () => {
    expect(
      partnerDraftOf({
        organisation: 'Verein',
        municipality: 'Berlin',
        submissionData: answers({ fieldOfWork: 'Sport' }),
      }),
    ).toEqual({ name: 'Verein', category: 'other' })
  })

  it('takes a website only as an address the partner field accepts', () => {
    const withSite = (website: string) =>
      partnerDraftOf({ organisation: 'V', submissionData: answers({ website }) })?.website
    expect(withSite('www.verein.example')).toBe('https://www.verein.example')
    expect(withSite('http://verein.example/seite')).toBe('http://verein.example/seite')
    expect(withSite('javascript:alert(1)')).toBeUndefined()
    expect(withSite('kein link')).toBeUndefined()
  })

  it('makes nothing without the organisation’s name', () => {
    expect(partnerDraftOf({ organisation: '  ', submissionData: [] })).toBeUndefined()
  })
})

describe('the consent to be named', () => {
  const given = { purpose: 'publicListing', revokedAt: null }
  const revoked = { purpose: 'publicListing', revokedAt: '2026-12-04T10:00:00.000Z' }

  it('stands while a naming consent is not revoked; other consents do not count', () => {
    expect(hasNamingConsent([given])).toBe(true)
    expect(hasNamingConsent([revoked])).toBe(false)
    expect(hasNamingConsent([{ purpose: 'photos', revokedAt: null }])).toBe(false)
    expect(hasNamingConsent(undefined)).toBe(false)
  })

  it('is withdrawn by a revocation, not by emptied records', () => {
    expect(namingConsentWithdrawn([given], [revoked])).toBe(true)
    expect(namingConsentWithdrawn([given], [])).toBe(false)
    expect(namingConsentWithdrawn([revoked], [revoked])).toBe(false)
  })
})
