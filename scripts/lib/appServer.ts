/**
 * The app's HTTP server: Next.js behind a plain Node server of our own, so that the app learns
 * the real sender. Next.js passes a client's `X-Forwarded-For` through untouched and gives route
 * handlers no socket address; here the sender is decided once, from the socket and the declared
 * proxies (TRUSTED_PROXIES), and handed on in a header that is first removed from the request.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

import type { TrustedProxies } from '@/config/trustedProxies'
import { clientAddressHeader, clientAddressOf } from '@/domain/http/clientAddress'
import { outageNoted, outageRetryAfterSeconds, withOutageScope } from '@/lib/outage'
import { outagePage } from '@/lib/outagePage'
import { finishShutdownWork } from '@/lib/shutdown'

import { answerDirectly } from './directRoute'
import { createPageCache, type PageCache } from './pageCache'

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

/** Only a path of this site goes into the retry link. */
const retryHrefOf = (url: string | undefined) =>
  url?.startsWith('/') && !url.startsWith('//') ? url : '/'

/**
 * A page that could not read its data (the database is away) answers 503 with Retry-After and is
 * never stored: decided just before the head goes out, by what this request's render noted (see
 * lib/outage.ts). A cached page whose render failed comes from Next.js as an error shell without
 * text (status 500); its body is replaced by the German notice. A per-request page already shows
 * the notice in its own body.
 */
const answerOutagesWith503 = (req: IncomingMessage, res: ServerResponse) => {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  let replacing = false
  res.writeHead = ((statusCode: number, ...rest: unknown[]) => {
    if (!outageNoted()) return writeHead(statusCode, ...rest)
    replacing = statusCode >= 500
    res.setHeader('Retry-After', String(outageRetryAfterSeconds))
    res.setHeader('Cache-Control', 'private, no-store')
    res.removeHeader('x-nextjs-cache')
    if (replacing) {
      // Next.js' compression sits above these wrappers: the page below goes out uncompressed.
      res.removeHeader('content-length')
      res.removeHeader('content-encoding')
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
    }
    // headers passed to writeHead itself would win over the ones set above
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null)
    if (headers && !Array.isArray(headers)) {
      for (const name of Object.keys(headers))
        if (/^(cache-control|retry-after|content-length|content-encoding)$/i.test(name))
          delete (headers as Record<string, unknown>)[name]
    }
    return writeHead(503, ...rest)
  }) as ServerResponse['writeHead']
  // Installed before Next.js sees the response, so they sit below its compression and streams.
  res.write = ((...args: unknown[]) => {
    if (!replacing) return write(...args)
    const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined
    callback?.()
    return true
  }) as ServerResponse['write']
  res.end = ((...args: unknown[]) => {
    if (!replacing) return end(...args)
    const callback = args.find((arg) => typeof arg === 'function')
    const page = req.method === 'HEAD' ? '' : outagePage(retryHrefOf(req.url))
    return callback ? end(page, callback) : end(page)
  }) as ServerResponse['end']
}

/**
 * A Node server that stamps the sender into every request before `handle` sees it. With a page
 * cache, a public page kept there is answered before anything else; with `directRoutes`, the API
 * paths of src/lib/directRoutes.ts are answered with the route's handler past Next.js.
 */
export const createAppServer = (
  handle: Handler,
  trusted: TrustedProxies,
  pageCache?: PageCache,
  options: { directRoutes?: boolean } = {},
): Server =>
  createServer((req, res) => {
    // the cache watches below the 503 rewrite: it sees (and never keeps) what really goes out
    if (pageCache?.answer(req, res)) return
    stampClientAddress(req, trusted)
    return withOutageScope(() => {
      answerOutagesWith503(req, res)
      if (options.directRoutes && answerDirectly(req, res)) return
      return handle(req, res)
    })
  })

/** How long a stopping server waits for the app's own work (under the 10 s for requests). */
const shutdownWorkLimitMs = 8_000

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
  // In development every request renders anew; nothing there is worth keeping.
  const pageCache = options.dev ? undefined : createPageCache()
  // Development compiles routes on demand and reloads them: every request goes through Next.js.
  const server = createAppServer(app.getRequestHandler(), options.trusted, pageCache, {
    directRoutes: !options.dev,
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, () => resolve())
  })
  let exiting: Promise<unknown> | undefined
  // The app's own work (mails in hand) runs on while the server closes, within its grace period.
  let finishing: Promise<void> = Promise.resolve()
  const exit = () => {
    exiting ??= finishing.then(() => options.afterClose?.()).finally(() => process.exit(0))
  }
  let stopping = false
  const stop = () => {
    // A second signal (a process group stopped as a whole gets it from its parent too) changes nothing.
    if (stopping) return
    stopping = true
    finishing = finishShutdownWork(shutdownWorkLimitMs)
    server.close(exit)
    server.closeIdleConnections()
    // Requests still running get a few seconds, then the process ends anyway.
    setTimeout(exit, 10_000).unref()
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  return server
}
