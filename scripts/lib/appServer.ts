/**
 * The app's HTTP server: Next.js behind a plain Node server of our own, so that the app learns
 * the real sender. Next.js passes a client's `X-Forwarded-For` through untouched and gives route
 * handlers no socket address; here the sender is decided once, from the socket and the declared
 * proxies (TRUSTED_PROXIES), and handed on in a header that is first removed from the request.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

import type { TrustedProxies } from '@/config/trustedProxies'
import { clientAddressHeader, clientAddressOf } from '@/domain/http/clientAddress'
import { isOutageAnswer, outageRetryAfterSeconds, withOutageScope } from '@/lib/outage'

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown

export const stampClientAddress = (req: IncomingMessage, trusted: TrustedProxies) => {
  delete req.headers[clientAddressHeader]
  const address = clientAddressOf({
    socketAddress: req.socket.remoteAddress,
    forwardedFor: req.headers['x-forwarded-for'],
    trusted,
  })
  if (address) req.headers[clientAddressHeader] = address
}

/**
 * A page that could not read its data (the database is away) answers 503 with Retry-After and is
 * never stored: decided just before the head goes out (see lib/outage.ts).
 */
const answerOutagesWith503 = (res: ServerResponse) => {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  res.writeHead = ((statusCode: number, ...rest: unknown[]) => {
    if (isOutageAnswer(statusCode)) {
      res.setHeader('Retry-After', String(outageRetryAfterSeconds))
      res.setHeader('Cache-Control', 'private, no-store')
      res.removeHeader('x-nextjs-cache')
      // headers passed to writeHead itself would win over the ones set above
      const headers = rest.find((arg) => typeof arg === 'object' && arg !== null)
      if (headers && !Array.isArray(headers)) {
        for (const name of Object.keys(headers))
          if (/^(cache-control|retry-after)$/i.test(name))
            delete (headers as Record<string, unknown>)[name]
      }
      return writeHead(503, ...rest)
    }
    return writeHead(statusCode, ...rest)
  }) as ServerResponse['writeHead']
}

/** A Node server that stamps the sender into every request before `handle` sees it. */
export const createAppServer = (handle: Handler, trusted: TrustedProxies): Server =>
  createServer((req, res) => {
    stampClientAddress(req, trusted)
    return withOutageScope(() => {
      answerOutagesWith503(res)
      return handle(req, res)
    })
  })

/** Serves the Next.js app (built for production, or in development mode) on `port`. */
export const serveNextApp = async (options: {
  dev: boolean
  port: number
  trusted: TrustedProxies
  /** runs on SIGINT/SIGTERM once the server is closed, before the process ends */
  afterClose?: () => Promise<unknown>
}): Promise<Server> => {
  const { default: next } = await import('next')
  const app = next({ dev: options.dev, dir: process.cwd(), port: options.port })
  await app.prepare()
  const server = createAppServer(app.getRequestHandler(), options.trusted)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, () => resolve())
  })
  let exiting: Promise<unknown> | undefined
  const exit = () => {
    exiting ??= Promise.resolve(options.afterClose?.()).finally(() => process.exit(0))
  }
  const stop = () => {
    server.close(exit)
    server.closeIdleConnections()
    // Requests still running get a few seconds, then the process ends anyway.
    setTimeout(exit, 10_000).unref()
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return server
}
