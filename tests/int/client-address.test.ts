import http from 'node:http'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseTrustedProxies, type TrustedProxies } from '@/config/trustedProxies'
import type { Form } from '@/payload-types'

import { createContactForm, submissionBody } from '../helpers/forms'
import { startRestServer } from '../helpers/httpApp'
import { testPayload } from '../helpers/payload'

let payload: Payload
let form: Form
const servers: { close: () => Promise<void> }[] = []
let mailCounter = 0

const serve = async (raw: string) => {
  const parsed = parseTrustedProxies(raw)
  const server = await startRestServer((parsed as { value: TrustedProxies }).value)
  servers.push(server)
  return server.url
}

/** Posts a submission from the loopback address `from`: each test has a connection of its own. */
const submit = (url: string, from: string, headers: Record<string, string>) =>
  new Promise<number>((resolve, reject) => {
    const body = JSON.stringify(
      submissionBody(payload, form, {
        email: `sender${++mailCounter}@test.example`,
        message: 'Hallo',
      }),
    )
    const request = http.request(
      `${url}/api/form-submissions`,
      {
        method: 'POST',
        localAddress: from,
        headers: { 'content-type': 'application/json', ...headers },
      },
      (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
      },
    )
    request.on('error', reject)
    request.end(body)
  })

beforeAll(async () => {
  process.env.FORM_RATE_LIMIT_PER_IP = '3'
  process.env.FORM_RATE_LIMIT_PER_EMAIL = '100'
  payload = await testPayload()
  form = await createContactForm(payload)
})

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()))
})

describe('a bot that invents its address in every request', () => {
  it('is limited by its connection when no proxy is declared', async () => {
    const url = await serve('')
    const statuses = []
    for (let i = 1; i <= 5; i++)
      statuses.push(
        await submit(url, '127.0.0.2', {
          'x-forwarded-for': `198.51.100.${i}`,
          'x-real-ip': `198.51.100.${i}`,
          'x-opr-client-address': `192.0.2.${i}`,
        }),
      )
    expect(statuses).toEqual([201, 201, 201, 429, 429])
  })

  it('behind a declared proxy is limited by the address the proxy appended', async () => {
    // the test's connection (127.0.0.3) plays nginx: it appends the real client after the claims
    const url = await serve('127.0.0.3')
    const statuses = []
    for (let i = 1; i <= 5; i++)
      statuses.push(
        await submit(url, '127.0.0.3', { 'x-forwarded-for': `10.9.9.${i}, 203.0.113.77` }),
      )
    expect(statuses).toEqual([201, 201, 201, 429, 429])
    // another real client behind the same proxy is not affected
    expect(await submit(url, '127.0.0.3', { 'x-forwarded-for': '203.0.113.78' })).toBe(201)
  })

  it('reaching the app past the declared proxies is limited by its connection', async () => {
    const url = await serve('10.0.0.0/8')
    const statuses = []
    for (let i = 1; i <= 5; i++)
      statuses.push(
        await submit(url, '127.0.0.4', { 'x-forwarded-for': `203.0.113.${i}, 10.0.0.${i}` }),
      )
    expect(statuses).toEqual([201, 201, 201, 429, 429])
  })
})
