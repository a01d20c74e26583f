import type { AddressInfo } from 'node:net'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SanitizedConfig } from 'payload'

import type { TrustedProxies } from '@/config/trustedProxies'

import { createAppServer } from '../../scripts/lib/appServer'

const toWebRequest = async (req: IncomingMessage): Promise<Request> => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers))
    for (const item of [value ?? []].flat()) headers.append(name, item)
  return new Request(`http://localhost${req.url}`, {
    method: req.method,
    headers,
    body: chunks.length ? Buffer.concat(chunks) : undefined,
  })
}

/**
 * The app's real REST route handlers behind the same Node server `npm start` uses (with a real
 * socket), without building Next.js: what arrives at the handler is what the server stamped.
 */
export const startRestServer = async (trusted: TrustedProxies) => {
  const { default: config } = await import('@payload-config')
  const { officeRestRoutes } = await import('@/lib/restRoutes')
  const sanitized: Promise<SanitizedConfig> = config
  const handlers = officeRestRoutes(sanitized)
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const request = await toWebRequest(req)
    const slug = new URL(request.url).pathname.replace(/^\/api\//, '').split('/')
    const handler = handlers[req.method as keyof typeof handlers]
    const response = await handler(request, { params: Promise.resolve({ slug }) })
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  }
  const server = createAppServer(handle, trusted)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
