import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { clientAddressHeader } from '@/domain/http/clientAddress'
import type { Event, Form } from '@/payload-types'

import { createApiClient } from '../helpers/api'
import { resendAfterDuplicate } from '@/collections/FormSubmissions/hooks/resendAfterDuplicate'

import {
  createEvent,
  createRegistrationForm,
  setOfficeForMails,
  person,
  submissionBody,
  submitAsPublic,
} from '../helpers/forms'
import { testPayload } from '../helpers/payload'
import { type ReceivedMail, startMailSink } from '../helpers/smtpSink'
import { createStaff } from '../helpers/users'
import { workMailQueue } from '../helpers/mailQueue'

/**
 * The attack: a stranger sends the same (or a slightly varied) registration over and over to
 * make the service mail one person repeatedly. Nothing a stranger sends may do that.
 */
let sink: Awaited<ReturnType<typeof startMailSink>>
let payload: Payload
let api: Awaited<ReturnType<typeof createApiClient>>
let form: Form
let coordinatorToken: string

let ipCounter = 0
const freshIp = () => ({ [clientAddressHeader]: `198.51.100.${++ipCounter}` })

const post = (body: unknown, headers: Record<string, string> = freshIp()) =>
  api.request('POST', '/form-submissions', { body, headers })

const sendQueued = async () => {
  await workMailQueue(payload, { limit: 200 })
  // The sink parses each message after accepting it.
  await new Promise((resolve) => setTimeout(resolve, 300))
}

/** Mails that reached one mailbox, under any spelling of its address. */
const mailsToMailbox = (local: string, domain = 'test.example'): ReceivedMail[] =>
  sink.received.filter((mail) =>
    mail.envelopeTo.some((to) => new RegExp(`^${local}(\\+[^@]*)?@${domain}$`, 'i').test(to)),
  )

/** Runs the calls in waves of ten at once: concurrent, without queueing past the pool's wait limit. */
const inWaves = async <T>(count: number, call: (n: number) => Promise<T>): Promise<T[]> => {
  const results: T[] = []
  for (let start = 0; start < count; start += 10)
    results.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(10, count - start) }, (_, i) => call(start + i)),
      )),
    )
  return results
}

const storedFor = async (event: Event) =>
  (
    await payload.find({
      collection: 'form-submissions',
      where: { event: { equals: event.id } },
      pagination: false,
    })
  ).docs

beforeAll(async () => {
  sink = await startMailSink({
    FORM_RATE_LIMIT_PER_IP: '20',
    FORM_RATE_LIMIT_PER_EMAIL: '5',
    MAIL_LIMIT_PER_RECIPIENT: '5',
  })
  payload = await testPayload()
  api = await createApiClient()
  // The mails name the office; its own notices are not what this file counts.
  await setOfficeForMails(payload)
  form = await createRegistrationForm(payload)
  coordinatorToken = (await createStaff(payload, 'coordinator')).token
})

afterAll(() => sink.stop())

describe('a burst of duplicate registrations', () => {
  it('over REST, from ever new addresses: at most one more mail to the person, then 429', async () => {
    const event = await createEvent(payload, form, { capacity: 100 })
    const body = () => submissionBody(payload, form, person(1), event)
    expect((await post(body())).status).toBe(201)

    const answers = await inWaves(60, () => post(body()))
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status !== 201 && status !== 429)).toEqual([])
    // The address limit (5 an hour) counts the refused duplicates too.
    expect(statuses.filter((status) => status === 201)).toHaveLength(4)

    await sendQueued()
    const mails = mailsToMailbox('person1')
    expect(mails.map((mail) => mail.parsed.subject).sort()).toEqual([
      `Ihre Anmeldung: ${event.title}`,
      `Sie sind bereits angemeldet: ${event.title}`,
    ])
    expect(await storedFor(event)).toHaveLength(1)
  })

  it('through the Local API as the site’s form action sends it: the same limits', async () => {
    const event = await createEvent(payload, form, { capacity: 100 })
    // What submitFormAction does (it needs a Next.js request, so it is driven in the browser tests).
    const submit = (n: number) =>
      submitAsPublic(payload, form, person(10), event, { clientIp: `192.0.2.${n}` }).then(
        () => 'stored',
        async (error: Error) =>
          (await resendAfterDuplicate(payload, error)) ? 'neutral' : error.name,
      )
    expect(await submit(0)).toBe('stored')
    const outcomes = await inWaves(60, (n) => submit(n + 1))
    expect(outcomes.filter((outcome) => outcome === 'neutral')).toHaveLength(4)
    expect(outcomes.filter((outcome) => outcome === 'RateLimited')).toHaveLength(56)
    await sendQueued()
    expect(mailsToMailbox('person10')).toHaveLength(2)
  })

  it('ten at once for a new address: one is stored, and the mailbox gets at most one more mail', async () => {
    const event = await createEvent(payload, form, { capacity: 100 })
    // All ten are stored before any is decided: which one wins is decided under the event's
    // lock at the end, the others are rolled back. Each attempt counted against the
    // per-recipient limit on the way, so the "already registered" mail may be held back.
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        submitAsPublic(payload, form, person(11), event, { clientIp: `192.0.2.${100 + n}` }).then(
          () => 'stored',
          async (error: Error) =>
            (await resendAfterDuplicate(payload, error)) ? 'neutral' : error.name,
        ),
      ),
    )
    expect(outcomes.filter((outcome) => outcome === 'stored')).toHaveLength(1)
    expect(
      outcomes.filter(
        (o) => !['stored', 'neutral', 'RateLimited', 'AlreadyRegistered'].includes(o),
      ),
    ).toEqual([])
    expect(await storedFor(event)).toHaveLength(1)
    await sendQueued()
    const subjects = mailsToMailbox('person11').map((mail) => mail.parsed.subject)
    expect(subjects).toContain(`Ihre Anmeldung: ${event.title}`)
    expect(subjects.length).toBeLessThanOrEqual(2)
  })

  it('sends the "already registered" mail once a day, even while the address limit allows more', async () => {
    process.env.FORM_RATE_LIMIT_PER_EMAIL = '1000'
    process.env.FORM_RATE_LIMIT_PER_IP = '1000'
    try {
      const event = await createEvent(payload, form, { capacity: 100 })
      const body = () => submissionBody(payload, form, person(2), event)
      expect((await post(body())).status).toBe(201)
      for (let i = 0; i < 10; i++) expect((await post(body())).status).toBe(201)
      await sendQueued()
      expect(mailsToMailbox('person2')).toHaveLength(2)
    } finally {
      process.env.FORM_RATE_LIMIT_PER_EMAIL = '5'
      process.env.FORM_RATE_LIMIT_PER_IP = '20'
    }
  })
})

describe('refused submissions count against the limits', () => {
  it('of the sender: requests refused by the rules still use up the IP’s allowance', async () => {
    const closed = await createEvent(payload, form, { isOpen: false })
    const ip = freshIp()
    const statuses: number[] = []
    for (let n = 0; n < 21; n++)
      statuses.push((await post(submissionBody(payload, form, person(100 + n), closed), ip)).status)
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(422))
    expect(statuses[20]).toBe(429)
  })

  it('of the address: duplicates from many senders use up the address’s allowance', async () => {
    const event = await createEvent(payload, form)
    const body = () => submissionBody(payload, form, person(3), event)
    const statuses: number[] = []
    for (let i = 0; i < 7; i++) statuses.push((await post(body())).status)
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429])
  })
})

describe('plus-addressing', () => {
  it('counts name+1@…, name+2@… and NAME@… as one address for the limits', async () => {
    const event = await createEvent(payload, form, { capacity: 100 })
    const variants = ['p4', 'p4+1', 'P4+2', 'p4+3', 'p4+x', 'p4+6', 'p4+7', 'p4+8']
    const statuses: number[] = []
    for (const local of variants)
      statuses.push(
        (
          await post(
            submissionBody(payload, form, { ...person(4), email: `${local}@test.example` }, event),
          )
        ).status,
      )
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429])
    await sendQueued()
    expect(mailsToMailbox('p4')).toHaveLength(5)
  })

  it('meets the per-recipient mail cap even where the submission limits would let more through', async () => {
    process.env.FORM_RATE_LIMIT_PER_EMAIL = '1000'
    try {
      const event = await createEvent(payload, form, { capacity: 100 })
      const statuses: number[] = []
      for (let n = 1; n <= 8; n++)
        statuses.push(
          (
            await post(
              submissionBody(payload, form, { ...person(5), email: `p5+${n}@test.example` }, event),
            )
          ).status,
        )
      // Beyond the cap the registration is refused as a whole: nothing stored without its mail.
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429])
      expect(await storedFor(event)).toHaveLength(5)
      await sendQueued()
      expect(mailsToMailbox('p5')).toHaveLength(5)

      // Staff at work are not capped: a coordinator's cancellation still reaches the person.
      const [first] = await storedFor(event)
      const cancelled = await api.request('PATCH', `/form-submissions/${first!.id}`, {
        body: { status: 'cancelled' },
        token: coordinatorToken,
      })
      expect(cancelled.status).toBe(200)
      await sendQueued()
      expect(mailsToMailbox('p5')).toHaveLength(6)
    } finally {
      process.env.FORM_RATE_LIMIT_PER_EMAIL = '5'
    }
  })
})

describe('what the public learns', () => {
  it('gets the same answer for an address already registered as for a new one', async () => {
    const event = await createEvent(payload, form)
    const first = await post(submissionBody(payload, form, person(6), event))
    const again = await post(submissionBody(payload, form, person(6), event))
    const fresh = await post(submissionBody(payload, form, person(7), event))
    expect(again.status).toBe(201)
    expect(again).toEqual(first)
    expect(fresh).toEqual(first)
    expect(JSON.stringify(first.json)).not.toContain('person6@test.example')
  })

  it('on the site’s form: the duplicate is told what a newcomer would be told (here: waiting list)', async () => {
    const event = await createEvent(payload, form, { capacity: 1 })
    const sender = (n: number) => ({ clientIp: `192.0.2.${200 + n}` })
    const first = await submitAsPublic(payload, form, person(21), event, sender(1))
    expect(first.status).toBe('confirmed')
    // The seat is gone: a newcomer now lands on the waiting list, so the duplicate must read so too.
    const duplicate = (await submitAsPublic(payload, form, person(21), event, sender(2)).catch(
      (error: unknown) => error,
    )) as { name: string; newcomerOutcome?: string }
    const newcomer = await submitAsPublic(payload, form, person(22), event, sender(3))
    expect(duplicate.name).toBe('AlreadyRegistered')
    expect(newcomer.status).toBe('waitlisted')
    expect(duplicate.newcomerOutcome).toBe(newcomer.status)
  })

  it('while staff are told plainly that the address is registered already', async () => {
    const event = await createEvent(payload, form)
    await post(submissionBody(payload, form, person(8), event))
    const answer = await api.request('POST', '/form-submissions', {
      body: submissionBody(payload, form, person(8), event),
      token: coordinatorToken,
    })
    expect(answer.status).toBe(409)
    expect(JSON.stringify(answer.json)).toContain('bereits eine Anmeldung')
  })
})

describe('the log', () => {
  it('records each refusal as one line at INFO, without the e-mail address', async () => {
    const lines: { level: string; args: unknown[] }[] = []
    const spies = (['error', 'warn', 'info'] as const).map((level) =>
      vi.spyOn(payload.logger, level).mockImplementation(((...args: unknown[]) => {
        lines.push({ level, args })
      }) as never),
    )
    try {
      const event = await createEvent(payload, form)
      const closed = await createEvent(payload, form, { isOpen: false })
      const ip = freshIp()
      await post(submissionBody(payload, form, person(9), event), ip)
      await post(submissionBody(payload, form, person(9), event), ip)
      await post(submissionBody(payload, form, person(9), closed), ip)
      for (let i = 0; i < 4; i++) await post(submissionBody(payload, form, person(9), event), ip)
    } finally {
      for (const spy of spies) spy.mockRestore()
    }
    const refusals = lines.filter((line) =>
      JSON.stringify(line.args).match(/Vielen Dank|geschlossen|sehr viele/),
    )
    expect(refusals.length).toBeGreaterThanOrEqual(3)
    expect(lines.filter((line) => line.level !== 'info')).toEqual([])
    expect(JSON.stringify(lines)).not.toMatch(/person9@test\.example/i)
    expect(JSON.stringify(lines)).not.toContain('stack')
  })
})
