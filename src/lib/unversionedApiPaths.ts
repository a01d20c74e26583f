import type { SanitizedConfig } from 'payload'

export type RestHandler = (
  request: Request,
  args: { params: Promise<{ slug?: string[] }> },
) => Promise<Response>

/**
 * Payload 3.90 serves `/api/<collection>/versions…` (and `/api/globals/<global>/versions…`) for
 * every collection and global; for one without versions it queries a table that does not exist and
 * answers HTTP 500. Such an address means nothing here, so it is answered with 404.
 */
export const withoutVersionsOfUnversioned =
  (config: Promise<SanitizedConfig>, handler: RestHandler): RestHandler =>
  async (request, args) => {
    const [first, second, third] = (await args.params).slug ?? []
    const { collections, globals } = await config
    const target =
      first === 'globals'
        ? { entity: globals.find((g) => g.slug === second), rest: third }
        : { entity: collections.find((c) => c.slug === first), rest: second }
    if (target.entity && target.rest === 'versions' && !target.entity.versions)
      return Response.json(
        { errors: [{ message: 'Diese Adresse gibt es nicht.' }] },
        { status: 404 },
      )
    return handler(request, args)
  }
