/**
 * A path of this site taken from a request (a preview link's `path`, the 429 page's `zurueck`),
 * or null. Browsers read `\` as `/` and drop tabs and line breaks inside a URL, so `/\evil.example`
 * or `/<tab>/evil.example` lead to another host although they start with a single slash; such
 * values are refused outright, also percent-encoded. What remains is resolved by the URL rules
 * browsers use (WHATWG), and only a result on the same origin counts.
 */

const base = 'http://same-site.invalid'

/** control characters (tab, CR, LF …), DEL and the backslash */
const hasUnsafeCharacter = (text: string) =>
  [...text].some((c) => c <= '\u001f' || c === '\u007f' || c === '\\')

const decoded = (value: string) => {
  try {
    return decodeURIComponent(value)
  } catch {
    return null
  }
}

export const sameSitePath = (value: string | null | undefined): string | null => {
  if (!value) return null
  const plain = decoded(value)
  if (plain === null || hasUnsafeCharacter(value) || hasUnsafeCharacter(plain)) return null
  if (!value.startsWith('/') || value.startsWith('//') || plain.startsWith('//')) return null
  const url = new URL(value, base)
  if (url.origin !== base) return null
  const path = `${url.pathname}${url.search}${url.hash}`
  // `/..//evil.example` resolves to `//evil.example`, which a browser reads as another host
  return path.startsWith('//') ? null : path
}
