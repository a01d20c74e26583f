/**
 * A plain HTML form on the site posts to a Next.js server action. React encodes the action and its
 * bound state in fields named `$ACTION_<n>:<k>` (JSON, cross-referenced as "$@<k>"). Next.js answers
 * a tampered copy of these fields, and any body over its 1 MB limit, with HTTP 500 (see the TODO in
 * next/dist/server/app-render/action-handler.js). These checks let the proxy answer such requests
 * with a 4xx and a German page before they get that far. They never judge the person's own inputs:
 * those are validated where they are stored.
 */

/** Next.js' default `serverActions.bodySizeLimit` */
export const actionBodyLimitBytes = 1024 * 1024

/** `crossSite`: posted from another site, which Next.js refuses only with a 500 */
export type PayloadProblem = 'tooLarge' | 'malformed' | 'crossSite'

const partName = /^\$ACTION_(\d+):(\d+)$/
const reference = /"\$@([0-9a-f]+)"/g

export const actionPayloadProblem = (
  fields: Iterable<[string, FormDataEntryValue]>,
): PayloadProblem | null => {
  const parts = new Map<string, string>()
  const refs: string[] = []
  for (const [name, value] of fields) {
    const match = partName.exec(name)
    if (match) {
      if (typeof value !== 'string') return 'malformed'
      parts.set(`${match[1]}:${match[2]}`, value)
    } else if (name.startsWith('$ACTION_REF_')) refs.push(name.slice('$ACTION_REF_'.length))
  }
  for (const n of refs) if (!parts.has(`${n}:0`)) return 'malformed'
  for (const [key, value] of parts) {
    try {
      JSON.parse(value)
    } catch {
      return 'malformed'
    }
    const group = key.split(':')[0]
    // references are hexadecimal, part names decimal
    for (const [, id] of value.matchAll(reference))
      if (!parts.has(`${group}:${parseInt(id!, 16)}`)) return 'malformed'
  }
  return null
}
