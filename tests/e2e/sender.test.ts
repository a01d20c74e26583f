import { describe, expect, it } from 'vitest'

import { defaultRateLimitRules, rateLimitBuckets } from '@/domain/rateLimit'

import {
  appPayloadSecret as payloadSecret,
  createPublishedEvent,
  registerOverRest,
  staffApi,
} from './support/api'

/** The key of the per-address form counter for `ip`, in the windows around `times`. */
const bucketKeysOf = (ip: string, times: Date[]) =>
  times.map(
    (now) =>
      rateLimitBuckets({
        identities: { ip },
        rules: defaultRateLimitRules().filter((rule) => rule.scope === 'ip'),
        secret: payloadSecret,
        now,
      })[0]!.key,
  )

describe('the sender of a submission to the running app', () => {
  it('is the connection, not what the client writes into its headers', async () => {
    const event = await createPublishedEvent({
      title: 'Absendertest',
      slug: 'absendertest',
      capacity: null,
    })
    const admin = await staffApi('admin')
    const form = (await admin.call('GET', '/forms?where[kind][equals]=registration&limit=1')).json
      .docs[0]
    const sentAt = new Date()
    const response = await registerOverRest({
      form: form.id,
      event: event.id,
      name: 'Absender Test',
      email: 'absender@test.example',
      headers: {
        'x-forwarded-for': '198.51.100.77',
        'x-real-ip': '198.51.100.77',
        'x-opr-client-address': '198.51.100.78',
      },
    })
    expect(response.status).toBe(201)
    const times = [sentAt, new Date()]
    const keys = new Set(
      (await admin.call('GET', '/rate-limit-buckets?pagination=false')).json.docs.map(
        (bucket: { key: string }) => bucket.key,
      ),
    )
    expect(bucketKeysOf('127.0.0.1', times).some((key) => keys.has(key))).toBe(true)
    for (const claimed of ['198.51.100.77', '198.51.100.78'])
      expect(bucketKeysOf(claimed, times).some((key) => keys.has(key))).toBe(false)
  })
})
