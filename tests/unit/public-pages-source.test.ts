import { describe, expect, it } from 'vitest'

import { publicPagesSource } from '@/config/securityHeaders'

// Next.js turns the source into a regular expression of the same shape (path-to-regexp).
const isPublicPage = (path: string) => new RegExp(`^${publicPagesSource}$`).test(path)

describe('the paths that get the public cache header', () => {
  it.each([
    '/',
    '/impressum',
    '/anmeldungen',
    '/adminx',
    '/apix',
    '/nextcloud',
    '/veranstaltungen/a',
  ])('%s is a public page', (path) => expect(isPublicPage(path)).toBe(true))

  it.each([
    '/admin',
    '/admin/collections/form-submissions',
    '/api/events',
    '/anmeldung/abmelden',
    '/einwilligung/widerrufen',
    '/next/preview',
    '/next',
    '/_next/static/chunks/a.js',
  ])('%s never is', (path) => expect(isPublicPage(path)).toBe(false))
})
