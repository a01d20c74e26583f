import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { renderSubmissionMail } from '@/email/templates/submissionMail'
import type { Event, Form, FormSubmission, SiteSetting } from '@/payload-types'

import { createApiClient } from '../helpers/api'
import { createEvent, createRegistrationForm, formToken } from '../helpers/forms'
import { testPayload } from '../helpers/payload'

let payload: Payload
let api: Awaited<ReturnType<typeof createApiClient>>
let form: Form
let event: Event

beforeAll(async () => {
  process.env.FORM_RATE_LIMIT_PER_IP = '100000'
  process.env.FORM_RATE_LIMIT_PER_EMAIL = '100000'
  payload = await testPayload()
  api = await createApiClient()
  form = await createRegistrationForm(payload)
  event = await createEvent(payload, form, { capacity: null })
})

/** A small deterministic generator, so a failure can be replayed. */
const random = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31
  return seed / 2 ** 31
}

const fragments = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'; DROP TABLE form_submissions; --",
  "' OR 1=1 --",
  'Max\r\nBcc: opfer@test.example',
  '\u0000\u0001\u0002',
  '\uD800',
  '\u202Eexe.txt',
  '{{name}}{{*}}',
  '${process.env.PAYLOAD_SECRET}',
  '../../etc/passwd',
  'x'.repeat(70_000),
  'Zoë 🇩🇪 李 ﷽',
  '%00%0d%0a',
]

const values: unknown[] = [
  ...fragments,
  42,
  -1,
  1e308,
  true,
  null,
  [],
  ['a', 'b'],
  { $ne: '' },
  { toString: 'x' },
]

const hostileBody = (next: () => number) => {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  const answers = ['name', 'email', 'persons', 'organisation', 'supportNeeds', 'photos', 'status']
    .filter(() => next() < 0.7)
    .map((field) => ({ field, value: pick(values) }))
  const body: Record<string, unknown> = {
    form: next() < 0.9 ? form.id : pick(values),
    event: next() < 0.9 ? event.id : pick(values),
    submissionData: next() < 0.9 ? answers : pick(values),
    website: next() < 0.9 ? '' : pick(fragments),
    formToken: formToken(payload, form.id),
  }
  if (next() < 0.1)
    body[pick(['status', 'internalNote', 'checkedIn', 'anonymisedAt'])] = pick(values)
  if (next() < 0.05) body.deep = JSON.parse('['.repeat(500) + ']'.repeat(500))
  return body
}

describe('1 000 generated hostile submissions against the REST API', () => {
  it(
    'never answer with a server error, and nothing stored renders as markup in a mail',
    { timeout: 300_000 },
    async () => {
      const next = random(20261125)
      const statuses = new Map<number, number>()
      for (let i = 0; i < 1000; i++) {
        const response = await api.request('POST', '/form-submissions', {
          body: hostileBody(next),
          headers: { 'x-forwarded-for': `10.0.${i % 250}.1` },
        })
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
      }
      expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([])

      const { docs } = await payload.find({
        collection: 'form-submissions',
        pagination: false,
        depth: 1,
      })
      const settings = (await payload.findGlobal({ slug: 'site-settings' })) as SiteSetting
      for (const doc of docs as FormSubmission[]) {
        expect(JSON.stringify(doc)).not.toMatch(/<script|onerror=|<svg|\r\nBcc/i)
        const mail = renderSubmissionMail({
          template: 'confirmation',
          submission: doc,
          form,
          event,
          settings,
          links: { admin: 'http://localhost/admin' },
        })
        expect(mail.html).not.toMatch(/<script|<img|<svg/i)
        expect(mail.subject).not.toMatch(/[\r\n]/)
      }
    },
  )
})
