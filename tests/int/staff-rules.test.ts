import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { clientAddressHeader } from '@/domain/http/clientAddress'
import { CoordinatorOverview } from '@/components/admin/CoordinatorOverview'
import type { Event, Form, FormSubmission } from '@/payload-types'
import { findPersonData } from '@/privacy/personDataRequest'
import { overCapacityConfirmations } from '@/registration/overCapacityConfirmations'

import { createApiClient } from '../helpers/api'
import { noRevalidate } from '../helpers/context'
import {
  createEvent,
  createRegistrationForm,
  person,
  submissionBody,
  submitAsPublic,
} from '../helpers/forms'
import { testPayload } from '../helpers/payload'
import { renderHtml } from '../helpers/render'
import { createStaff } from '../helpers/users'

type Staff = Awaited<ReturnType<typeof createStaff>>

let payload: Payload
let api: Awaited<ReturnType<typeof createApiClient>>
let form: Form
let admin: Staff
let editor: Staff
let coordinator: Staff

beforeAll(async () => {
  payload = await testPayload()
  api = await createApiClient()
  admin = await createStaff(payload, 'admin')
  editor = await createStaff(payload, 'editor')
  coordinator = await createStaff(payload, 'coordinator')
  form = await createRegistrationForm(payload)
})

let n = 0
const next = (persons = 1) => person(++n + 7000, persons)

const rowsOf = async (event: Event) =>
  (
    await payload.find({
      collection: 'form-submissions',
      where: { event: { equals: event.id } },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
    })
  ).docs as FormSubmission[]

const load = (id: number) => payload.findByID({ collection: 'form-submissions', id, depth: 0 })

const patch = (id: number, body: object, token = coordinator.token) =>
  api.request('PATCH', `/form-submissions/${id}`, { token, body })

const bulk = (ids: number[], body: object, token = coordinator.token) =>
  api.request(
    'PATCH',
    `/form-submissions?${ids.map((id, i) => `where[id][in][${i}]=${id}`).join('&')}`,
    { token, body },
  )

/** An event whose single seat is taken, with one person waiting. */
const fullEvent = async () => {
  const event = await createEvent(payload, form, { capacity: 1 })
  const seated = await submitAsPublic(payload, form, next(), event)
  const waiting = await submitAsPublic(payload, form, next(), event)
  expect([seated.status, waiting.status]).toEqual(['confirmed', 'waitlisted'])
  return { event, seated, waiting }
}

const lockOut = async (email: string) => {
  for (let attempt = 0; attempt < 5; attempt += 1)
    await api.request('POST', '/users/login', { body: { email, password: 'falsch' } })
}

const canLogIn = async (victim: Staff) =>
  (
    await api.request('POST', '/users/login', {
      body: { email: victim.email, password: victim.password },
    })
  ).status === 200

describe('unlocking an account is for admins only', () => {
  it.each([
    ['editor', 403],
    ['coordinator', 403],
    ['admin', 200],
  ] as const)('%s → %i', async (role, expected) => {
    const victim = await createStaff(payload, 'editor')
    await lockOut(victim.email)
    expect(await canLogIn(victim)).toBe(false)
    const token = { editor, coordinator, admin }[role].token
    const response = await api.request('POST', '/users/unlock', {
      token,
      body: { email: victim.email },
    })
    expect(response.status).toBe(expected)
    // Only the admin's unlock lets the right password in again; the others leave the lock.
    expect(await canLogIn(victim)).toBe(role === 'admin')
  })
})

describe('who may create a submission, and under which rules', () => {
  it('refuses an editor (communications staff) and stores nothing', async () => {
    const { event } = await fullEvent()
    const attack = {
      ...submissionBody(payload, form, next(5), event),
    }
    const response = await api.request('POST', '/form-submissions', {
      token: editor.token,
      body: attack,
    })
    expect(response.status).toBe(403)
    expect(await rowsOf(event)).toHaveLength(2)
  })

  it('refuses status, check-in or typed columns from anyone on arrival', async () => {
    const { event } = await fullEvent()
    for (const token of [coordinator.token, admin.token, undefined]) {
      const response = await api.request('POST', '/form-submissions', {
        token,
        body: {
          ...submissionBody(payload, form, next(5), event),
          status: 'confirmed',
          checkedIn: true,
          persons: 5,
        },
        headers: { [clientAddressHeader]: `203.0.113.${++n % 200}` },
      })
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.json)).toContain('status')
    }
    expect(await rowsOf(event)).toHaveLength(2)
  })

  it('places a coordinator’s entry (e.g. by phone) by the seat rules: full means waiting list', async () => {
    const { event } = await fullEvent()
    const response = await api.request('POST', '/form-submissions', {
      token: coordinator.token,
      body: submissionBody(payload, form, next(2), event),
    })
    expect(response.status).toBe(201)
    const doc = await load((response.json.doc as FormSubmission).id)
    expect(doc.status).toBe('waitlisted')
    expect(doc.statusHistory?.[0]).toMatchObject({ to: 'waitlisted', by: coordinator.user.id })
  })

  it('lets a coordinator enter one past the seats only with the explicit, reasoned choice', async () => {
    const { event } = await fullEvent()
    const body = submissionBody(payload, form, next(1), event)
    const noReason = await api.request('POST', '/form-submissions', {
      token: coordinator.token,
      body: { ...body, overCapacity: true },
    })
    expect(noReason.status).toBe(400)
    expect(JSON.stringify(noReason.json)).toContain('Bitte geben Sie einen Grund an')
    expect(await rowsOf(event)).toHaveLength(2)

    const response = await api.request('POST', '/form-submissions', {
      token: coordinator.token,
      body: { ...body, overCapacity: true, overCapacityReason: 'Referentin des Workshops' },
    })
    expect(response.status).toBe(201)
    const doc = await load((response.json.doc as FormSubmission).id)
    expect(doc.status).toBe('confirmed')
    expect(doc.statusHistory?.at(-1)).toMatchObject({
      to: 'confirmed',
      overCapacity: true,
      reason: 'Referentin des Workshops',
      by: coordinator.user.id,
    })
  })

  it('the public cannot use the over-capacity choice', async () => {
    const { event } = await fullEvent()
    const response = await api.request('POST', '/form-submissions', {
      body: {
        ...submissionBody(payload, form, next(), event),
        overCapacity: true,
        overCapacityReason: 'Ich will rein',
      },
      headers: { [clientAddressHeader]: '203.0.113.250' },
    })
    expect(response.status).toBe(400)
    expect(await rowsOf(event)).toHaveLength(2)
  })
})

describe('persons is a whole number from 1', () => {
  it.each([-50, 0, 1.5])(
    'refuses %d from a coordinator and an admin, changing nothing',
    async (persons) => {
      const { event, seated } = await fullEvent()
      for (const token of [coordinator.token, admin.token]) {
        const response = await patch(seated.id, { persons }, token)
        expect(response.status).toBe(400)
        expect(JSON.stringify(response.json)).toContain('Personenzahl')
      }
      expect((await load(seated.id)).persons).toBe(1)
      expect(await rowsOf(event)).toHaveLength(2)
    },
  )

  it('refuses it in a bulk change too', async () => {
    const { seated, waiting } = await fullEvent()
    const response = await bulk([seated.id, waiting.id], { persons: -50 })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toMatch(/nicht korrekt: (persons|Personen)/)
    expect((await load(seated.id)).persons).toBe(1)
    expect((await load(waiting.id)).persons).toBe(1)
  })

  it('refuses it from the public even when the editor’s form sets no minimum', async () => {
    const loose = await payload.create({
      collection: 'forms',
      data: {
        title: 'Ohne Mindestwert',
        kind: 'registration',
        confirmationType: 'redirect',
        redirect: { url: '/' },
        fields: form.fields!.map(({ id: _id, ...field }) =>
          'name' in field && field.name === 'persons' ? { ...field, min: null, max: null } : field,
        ),
      } as never,
    })
    const event = await createEvent(payload, loose as Form, { capacity: 5 })
    const response = await api.request('POST', '/form-submissions', {
      body: submissionBody(payload, loose as Form, next(-50), event),
      headers: { [clientAddressHeader]: '203.0.113.251' },
    })
    expect(response.status).toBe(400)
    expect(await rowsOf(event)).toHaveLength(0)
  })

  it('the attack of the issue: negative persons, then confirming a whole waiting list', async () => {
    const event = await createEvent(payload, form, { capacity: 5 })
    const seated = await submitAsPublic(payload, form, next(5), event)
    const waiting = [
      await submitAsPublic(payload, form, next(5), event),
      await submitAsPublic(payload, form, next(5), event),
    ]
    await patch(seated.id, { persons: -50 })
    await bulk(
      waiting.map((doc) => doc.id),
      { status: 'confirmed' },
    )
    const confirmed = (await rowsOf(event)).filter((doc) => doc.status === 'confirmed')
    expect(confirmed.reduce((sum, doc) => sum + (doc.persons ?? 1), 0)).toBe(5)
  })

  it('refuses emptying the count, which would let a group of five count as one', async () => {
    const event = await createEvent(payload, form, { capacity: 6 })
    const seated = await submitAsPublic(payload, form, next(5), event)
    const waiting = await submitAsPublic(payload, form, next(5), event)
    expect((await patch(seated.id, { persons: null })).status).toBe(400)
    expect((await load(seated.id)).persons).toBe(5)
    expect((await patch(waiting.id, { status: 'confirmed' })).status).toBe(409)
    const confirmed = (await rowsOf(event)).filter((doc) => doc.status === 'confirmed')
    expect(confirmed.reduce((sum, doc) => sum + (doc.persons ?? 1), 0)).toBe(5)
  })

  it('a confirmed group that grows needs the seats', async () => {
    const { seated } = await fullEvent()
    const response = await patch(seated.id, { persons: 4 })
    expect(response.status).toBe(409)
    expect(JSON.stringify(response.json)).toContain('Nicht genug freie Plätze')
    expect((await load(seated.id)).persons).toBe(1)
  })

  it('a registration stays with its event: moving it into a full one changes nothing', async () => {
    const { event: full } = await fullEvent()
    const other = await createEvent(payload, form, { capacity: 10 })
    const group = await submitAsPublic(payload, form, next(5), other)
    await patch(group.id, { event: full.id })
    expect((await load(group.id)).event).toBe(other.id)
  })
})

describe('confirming past the seats', () => {
  it('is refused for a coordinator without the choice, as before', async () => {
    const { waiting } = await fullEvent()
    const response = await patch(waiting.id, { status: 'confirmed' })
    expect(response.status).toBe(409)
    expect((await load(waiting.id)).status).toBe('waitlisted')
  })

  it('needs a reason with the choice (German message, nothing changes)', async () => {
    const { waiting } = await fullEvent()
    for (const reason of [undefined, '   ']) {
      const response = await patch(waiting.id, {
        status: 'confirmed',
        overCapacity: true,
        overCapacityReason: reason,
      })
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.json)).toContain('Bitte geben Sie einen Grund an')
    }
    expect((await load(waiting.id)).status).toBe('waitlisted')
  })

  it('is allowed with choice and reason, recorded in the history and shown on the dashboard', async () => {
    const { event, waiting } = await fullEvent()
    const response = await patch(waiting.id, {
      status: 'confirmed',
      overCapacity: true,
      overCapacityReason: 'Förderverein, zugesagt am Telefon',
    })
    expect(response.status).toBe(200)
    const doc = await load(waiting.id)
    expect(doc.status).toBe('confirmed')
    expect(doc.statusHistory?.at(-1)).toMatchObject({
      from: 'waitlisted',
      to: 'confirmed',
      overCapacity: true,
      reason: 'Förderverein, zugesagt am Telefon',
      by: coordinator.user.id,
      actor: coordinator.email,
    })
    // The choice holds for that one save: it is not stored on the registration.
    expect((doc as { overCapacity?: unknown }).overCapacity ?? null).toBeNull()
    expect((await patch(waiting.id, { persons: 2 })).status).toBe(409)

    const recorded = (await overCapacityConfirmations(payload, [event.id])).get(event.id)
    expect(recorded).toEqual([
      expect.objectContaining({
        submissionId: waiting.id,
        persons: 1,
        actor: coordinator.email,
        reason: 'Förderverein, zugesagt am Telefon',
      }),
    ])
    const forCoordinator = await renderHtml(
      (await CoordinatorOverview({ payload, user: coordinator.user as never }))!,
    )
    expect(forCoordinator).toContain('1 Person über der Kapazität bestätigt')
    expect(forCoordinator).toContain('Förderverein, zugesagt am Telefon')
    // Editors see how full the event is, not the reasons (they may name people).
    const forEditor = await renderHtml(
      (await CoordinatorOverview({ payload, user: editor.user as never }))!,
    )
    expect(forEditor).toContain('1 Person über der Kapazität bestätigt')
    expect(forEditor).not.toContain('Förderverein')
  })

  it('works in a bulk change per registration, each recorded', async () => {
    const event = await createEvent(payload, form, { capacity: 1 })
    await submitAsPublic(payload, form, next(), event)
    const waiting = [
      await submitAsPublic(payload, form, next(), event),
      await submitAsPublic(payload, form, next(), event),
    ]
    const ids = waiting.map((doc) => doc.id)
    const refused = await bulk(ids, { status: 'confirmed' })
    expect(JSON.stringify(refused.json)).toContain('Nicht genug freie Plätze')
    const response = await bulk(ids, {
      status: 'confirmed',
      overCapacity: true,
      overCapacityReason: 'Zweiter Raum ist frei',
    })
    expect(response.status).toBe(200)
    for (const id of ids)
      expect((await load(id)).statusHistory?.at(-1)).toMatchObject({
        to: 'confirmed',
        overCapacity: true,
        reason: 'Zweiter Raum ist frei',
      })
  })

  it('a confirmation that fits records no exception', async () => {
    const event = await createEvent(payload, form, { capacity: 5 })
    const doc = await submitAsPublic(payload, form, next(), event)
    await patch(doc.id, { status: 'cancelled' })
    await patch(doc.id, { status: 'confirmed', overCapacity: true, overCapacityReason: 'x' })
    const after = await load(doc.id)
    expect(after.status).toBe('confirmed')
    expect(after.statusHistory?.at(-1)?.overCapacity ?? false).toBe(false)
  })
})

describe('a called-off event holds no seats', () => {
  it('refuses a coordinator to confirm or re-queue a registration of it, even with a reason', async () => {
    const { event, seated, waiting } = await fullEvent()
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { eventStatus: 'cancelled' },
      context: { disableRevalidate: true },
    })
    // Before the background job ends the registrations: the waiting person is not promoted.
    const promoted = await patch(waiting.id, {
      status: 'confirmed',
      overCapacity: true,
      overCapacityReason: 'Referentin',
    })
    expect(promoted.status).toBe(400)
    expect(JSON.stringify(promoted.json)).toContain('Veranstaltung ist abgesagt')
    expect((await load(waiting.id)).status).toBe('waitlisted')
    // After it: a registration the cancellation ended is not brought back either.
    await payload.update({
      collection: 'form-submissions',
      id: seated.id,
      data: { status: 'eventCancelled' },
      context: { disableMail: true, ...noRevalidate },
    })
    for (const status of ['waitlisted', 'confirmed'])
      expect((await patch(seated.id, { status })).status).toBe(400)
    expect((await load(seated.id)).status).toBe('eventCancelled')
    // Ending one still works.
    expect((await patch(waiting.id, { status: 'cancelled' })).status).toBe(200)
  })
})

describe('form and event are checked as a pair', () => {
  it('refuses the form of event B for event A (400, German, no row), from anyone', async () => {
    const otherForm = await createRegistrationForm(payload)
    const a = await createEvent(payload, form, { capacity: 10 })
    await createEvent(payload, otherForm, { capacity: 10 })
    const body = submissionBody(payload, otherForm, next(), a)
    for (const token of [undefined, coordinator.token]) {
      const response = await api.request('POST', '/form-submissions', {
        token,
        body,
        headers: { [clientAddressHeader]: '203.0.113.252' },
      })
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.json)).toContain('gehört nicht zu dieser Veranstaltung')
    }
    expect(await rowsOf(a)).toHaveLength(0)
  })

  it('refuses an event without a registration form', async () => {
    const event = await createEvent(payload, form, { capacity: 10 })
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { registration: { ...event.registration, form: null } },
      context: noRevalidate,
    })
    for (const token of [undefined, coordinator.token]) {
      const response = await api.request('POST', '/form-submissions', {
        token,
        body: submissionBody(payload, form, next(), event),
        headers: { [clientAddressHeader]: '203.0.113.253' },
      })
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
    }
    expect(await rowsOf(event)).toHaveLength(0)
  })

  it('refuses an event that takes no registrations, for coordinators as for the public', async () => {
    for (const overrides of [{ isOpen: false }, { deadline: new Date(Date.now() - 60_000) }]) {
      const event = await createEvent(payload, form, overrides)
      const response = await api.request('POST', '/form-submissions', {
        token: coordinator.token,
        body: submissionBody(payload, form, next(), event),
      })
      expect(response.status).toBe(422)
      expect(await rowsOf(event)).toHaveLength(0)
    }
  })
})

describe('data requests (Art. 15/17) check the role before they search', () => {
  it('reads no submission or mail for an editor, on the page or at the endpoint', async () => {
    const event = await createEvent(payload, form, { capacity: 10 })
    await submitAsPublic(payload, form, { ...next(), email: 'gesucht@test.example' }, event)
    const reads: string[] = []
    const db = payload.db as unknown as { find: (args: { collection: string }) => unknown }
    const find = db.find
    db.find = function (this: unknown, args) {
      reads.push(args.collection)
      return find.call(this, args)
    }
    try {
      expect(await findPersonData(payload, '%@test.example', editor.user as never)).toBeUndefined()
      expect(await findPersonData(payload, 'gesucht@test.example', editor.user as never)).toBe(
        undefined,
      )
      const response = await api.request(
        'GET',
        '/data-requests/export?email=gesucht%40test.example',
        {
          token: editor.token,
        },
      )
      expect(response.status).toBe(403)
      expect(reads.filter((c) => c === 'form-submissions' || c === 'mail-messages')).toEqual([])
      // A coordinator finds the person, through the same function.
      const found = await findPersonData(payload, 'gesucht@test.example', coordinator.user as never)
      expect(found?.submissions).toHaveLength(1)
    } finally {
      db.find = find
    }
  })
})
