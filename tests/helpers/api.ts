import type { SanitizedConfig } from 'payload'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
type Options = {
  body?: unknown
  /** sent as it is instead of `body` as JSON (a malformed body, say) */
  rawBody?: string
  token?: string
  headers?: Record<string, string>
}

export type ApiResponse = { status: number; json: Record<string, unknown> }

/**
 * Calls the app's real REST route handlers (the ones under src/app/(payload)/api) in-process: the
 * same access control and error handling as over HTTP, without a server. `graphql` calls Payload's
 * GraphQL handler, which the app has no route for and the config switches off.
 */
export const createApiClient = async () => {
  const { default: config } = await import('@payload-config')
  const routes = await import('@payloadcms/next/routes')
  const { officeRestRoutes } = await import('@/lib/restRoutes')
  const sanitized: Promise<SanitizedConfig> = config
  const rest = officeRestRoutes(sanitized)
  const graphqlHandler = routes.GRAPHQL_POST(sanitized)

  const headersFor = (token?: string) => ({
    'content-type': 'application/json',
    ...(token ? { authorization: `JWT ${token}` } : {}),
  })

  const toResult = async (response: Response): Promise<ApiResponse> => ({
    status: response.status,
    json: (await response.json().catch(() => ({}))) as Record<string, unknown>,
  })

  return {
    request: async (
      method: Method,
      path: string,
      { body, rawBody, token, headers }: Options = {},
    ) => {
      const request = new Request(`http://localhost:3000/api${path}`, {
        method,
        headers: { ...headersFor(token), ...headers },
        body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
      })
      const slug = path.split('?')[0].split('/').filter(Boolean)
      return toResult(await rest[method](request, { params: Promise.resolve({ slug }) }))
    },
    graphql: async (
      query: string,
      { token, rawBody }: { token?: string; rawBody?: string } = {},
    ) => {
      const request = new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: headersFor(token),
        body: rawBody ?? JSON.stringify({ query }),
      })
      return toResult(await graphqlHandler(request))
    },
  }
}
