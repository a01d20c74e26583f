import { describe, expect, it } from 'vitest'

import { sameSitePath } from '@/domain/http/sameSitePath'

/** Where a browser ends up when this site sends it to `target` (WHATWG URL rules). */
const hostAfter = (target: string) => new URL(target, 'https://site.example/seite').host

describe('sameSitePath', () => {
  it.each([
    ['/'],
    ['/veranstaltungen/netzwerktreffen'],
    ['/veranstaltungen?seite=2#liste'],
    ['/anmeldung/abmelden?token=a%2Fb'],
  ])('keeps the path of this site %s', (path) => {
    expect(sameSitePath(path)).toBe(path)
  })

  it('resolves dot segments the way a browser does', () => {
    expect(sameSitePath('/veranstaltungen/../partner')).toBe('/partner')
  })

  it.each([
    ['/\\evil.example/x'],
    ['/%5Cevil.example/x'],
    ['/%5cevil.example/x'],
    ['/\t/evil.example/x'],
    ['/%09/evil.example/x'],
    ['/\r\n/evil.example/x'],
    ['/%0d%0a/evil.example/x'],
    ['\r\n//evil.example/x'],
    ['//evil.example/x'],
    ['/%2F/evil.example/x'],
    ['/..//evil.example/x'],
    ['/./..//evil.example/x'],
    ['https://evil.example/x'],
    ['javascript:alert(1)'],
    ['/%E0%A4%A'],
    ['evil.example'],
    [''],
    [null],
  ])('refuses %j', (value) => {
    expect(sameSitePath(value)).toBeNull()
  })

  it('never hands out a path that leads a browser to another host', () => {
    const attempts = [
      '/\\evil.example',
      '/\t/evil.example',
      '/..//evil.example',
      '/a/../\\x.example',
    ]
    for (const attempt of attempts) {
      const path = sameSitePath(attempt)
      if (path !== null) expect(hostAfter(path)).toBe('site.example')
    }
    // the attack itself, unchecked, does lead away
    expect(hostAfter('/\\evil.example')).toBe('evil.example')
    expect(hostAfter('/\t/evil.example')).toBe('evil.example')
  })
})
