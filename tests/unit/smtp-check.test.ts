import net from 'node:net'
import { describe, expect, it } from 'vitest'

import { readEnvironment } from '@/config/env'
import { checkSmtpReachable } from '@/email/transport'

const closedPort = async () => {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe('SMTP reachability at start', () => {
  it('names SMTP_HOST and the address in one sentence when nobody answers', async () => {
    const port = await closedPort()
    const env = readEnvironment({
      DATABASE_URL: 'postgres://u:p@localhost/opr',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
    })
    const problem = await checkSmtpReachable(env)
    expect(problem).toMatch(new RegExp(`^SMTP_HOST 127\\.0\\.0\\.1:${port} ist nicht erreichbar`))
    expect(problem).not.toContain('\n')
  })

  it('says nothing when no SMTP server is configured (development)', async () => {
    const env = readEnvironment({ DATABASE_URL: 'postgres://u:p@localhost/opr' })
    expect(await checkSmtpReachable(env)).toBeUndefined()
  })
})
