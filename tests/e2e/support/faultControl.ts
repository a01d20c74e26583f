/**
 * A small HTTP switchboard in the global-setup process, which owns the SMTP sink and the embedded
 * PostgreSQL: the fault tests (in a worker process) stop and start them under the running app.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Switch = { stop: () => Promise<void>; start: () => Promise<void> }

export const startFaultControl = async (switches: Record<string, Switch | undefined>) => {
  const server = createServer(async (request, response) => {
    // POST /<name>/stop or /<name>/start
    const [, name, action] = (request.url ?? '').split('/')
    const target = name ? switches[name] : undefined
    if (request.method !== 'POST' || !target || (action !== 'stop' && action !== 'start')) {
      response.writeHead(404).end()
      return
    }
    try {
      await target[action]()
      response.writeHead(204).end()
    } catch (error) {
      response.writeHead(500).end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
