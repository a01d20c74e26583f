/** Building blocks of the generated hostile submissions (REST API and the site's form). */

/** A small deterministic generator, so a failure can be replayed. */
export const seededRandom = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31
  return seed / 2 ** 31
}

export const pickWith =
  (next: () => number) =>
  <T>(list: readonly T[]): T =>
    list[Math.floor(next() * list.length)]!

export const hostileStrings = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'; DROP TABLE form_submissions; --",
  "' OR 1=1 --",
  'Max\r\nBcc: opfer@test.example',
  '\u0000\u0001\u0002',
  '\uD800',
  '\u202Eexe.txt',
  '{{name}}{{*}}',
  '${process.env.PAYLOAD_SECRET}',
  '../../etc/passwd',
  'x'.repeat(70_000),
  'Zoë 🇩🇪 李 ﷽',
  '%00%0d%0a',
]

/** Bytes that are not UTF-8 at all (a lone continuation byte, a cut sequence, an overlong NUL). */
export const invalidUtf8 = [
  Buffer.from([0x80]),
  Buffer.from([0x4d, 0xc3]),
  Buffer.from([0xc0, 0x80]),
  Buffer.from([0xff, 0xfe, 0x3c, 0x73]),
]

/** What a markup-injection would look like once stored or rendered. */
export const renderedMarkup = /<script|onerror=|<svg|<img|\r\nBcc/i
