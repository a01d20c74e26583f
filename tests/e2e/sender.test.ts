import { createHash } from 'node:crypto'

import { describe, expect, inject, it } from 'vitest'

import { issueFormToken } from '@/domain/forms/spam'
import { defaultRateLimitRules, rateLimitBuckets } from '@/domain/rateLimit'

import { createPublishedEvent, staffApi } from './support/api'
import { e2ePayloadSecret } from './support/globalSetup'

// Payload signs and hashes with a digest of the configured secret (payload.secret).
const payloadSecret = createHash('sha256').update(e2ePayloadSecret).digest('hex').slice(0, 32)

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
    const response = await fetch(`${inject('baseUrl')}/api/form-submissions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': '198.51.100.77',
        'x-real-ip': '198.51.100.77',
        'x-opr-client-address': '198.51.100.78',
      },
      body: JSON.stringify({
        form: form.id,
        event: event.id,
        website: '',
        formToken: issueFormToken(form.id, payloadSecret, new Date(Date.now() - 10_000)),
        submissionData: [
          { field: 'name', value: 'Absender Test' },
          { field: 'email', value: 'absender@test.example' },
          { field: 'persons', value: '1' },
        ],
      }),
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
