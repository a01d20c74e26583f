import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { createElement } from 'react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { EventView } from '@/components/views/EventView'
import { formatEventDateRange } from '@/domain/dates'
import { renderEventNoticeMail } from '@/email/templates/eventNoticeMail'
import { calendarFileOf } from '@/lib/eventCalendar'
import type { Event, EventNotice, Form, FormSubmission, SiteSetting } from '@/payload-types'

import { createApiClient } from '../helpers/api'
import { noRevalidate } from '../helpers/context'
import {
  createEvent,
  createRegistrationForm,
  person,
  setOfficeForMails,
  submitAsPublic,
} from '../helpers/forms'
import { closeTestPayload, testPayload } from '../helpers/payload'
import { renderHtml } from '../helpers/render'
import { createStaff } from '../helpers/users'

const serverUrl = 'https://demokratie.opr.example'
const venueLine = 'Kreisverwaltung, Virchowstr. 14-16, 16816 Neuruppin'

let payload: Payload
let form: Form
let settings: SiteSetting
let people = 0

beforeAll(async () => {
  payload = await testPayload()
  settings = (await setOfficeForMails(payload)) as SiteSetting
  form = await createRegistrationForm(payload)
})

afterAll(() => closeTestPayload())

/** A published event with two seats: two people confirmed, one on the waiting list. */
const eventWithRegistrations = async () => {
  const event = await createEvent(payload, form, { capacity: 2 })
  const registrations: FormSubmission[] = []
  for (let i = 0; i < 3; i++)
    registrations.push(await submitAsPublic(payload, form, person(++people), event))
  return { event, registrations }
}

const update = (event: Event, data: Record<string, unknown>, draft = false) =>
  payload.update({
    collection: 'events',
    id: event.id,
    data: data as Partial<Event>,
    draft,
    context: noRevalidate,
  })

const noticesOf = async (event: Event) =>
  (
    await payload.find({
      collection: 'event-notices',
      where: { event: { equals: event.id } },
      sort: 'createdAt',
      depth: 0,
    })
  ).docs

const statusesOf = async (registrations: FormSubmission[]) =>
  Promise.all(
    registrations.map(
      async (r) => (await payload.findByID({ collection: 'form-submissions', id: r.id })).status,
    ),
  )

const runJobs = () => payload.jobs.run({ queue: 'default', limit: 50 })

const newRoom = (event: Event) => ({ venue: { ...event.venue, room: 'Raum 2.14' } })

const parsedEvent = (ics: string) => {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  return { calendar, vevent: calendar.getFirstSubcomponent('vevent')! }
}

describe('saving a published event whose facts changed', () => {
  it('records the change old → new, informed when the editor chose to inform', async () => {
    const { event, registrations } = await eventWithRegistrations()
    await update(event, {
      ...newRoom(event),
      onlineUrl: 'https://meet.example/opr',
      registrantNotice: 'inform',
      registrantNoticeText: 'Der Fahrstuhl ist im Seiteneingang.',
    })
    const [notice] = await noticesOf(event)
    expect(notice).toMatchObject({
      kind: 'changed',
      audience: 'active',
      informed: true,
      subject: `Änderung: ${event.title}`,
      text: 'Der Fahrstuhl ist im Seiteneingang.',
    })
    expect(notice!.changes!.map(({ label, before, after }) => ({ label, before, after }))).toEqual([
      {
        label: 'Ort',
        before: venueLine,
        after: `Kreisverwaltung, Raum 2.14, ${venueLine.slice(17)}`,
      },
      { label: 'Online-Teilnahme', before: '–', after: 'https://meet.example/opr' },
    ])
    expect(await statusesOf(registrations)).toEqual(['confirmed', 'confirmed', 'waitlisted'])
  })

  it('shows a new date as the German date line, old → new', async () => {
    const { event } = await eventWithRegistrations()
    const start = new Date(new Date(event.start).getTime() + 24 * 60 * 60 * 1000).toISOString()
    const end = new Date(new Date(event.end).getTime() + 24 * 60 * 60 * 1000).toISOString()
    await update(event, { start, end, registrantNotice: 'inform' })
    const [notice] = await noticesOf(event)
    expect(notice!.changes).toMatchObject([
      {
        label: 'Datum und Uhrzeit',
        before: formatEventDateRange(event.start, event.end),
        after: formatEventDateRange(start, end),
      },
    ])
  })

  it('records a save without notice as not informed, and a save without any decision too', async () => {
    const { event } = await eventWithRegistrations()
    const editor = await createStaff(payload, 'editor')
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { ...newRoom(event), registrantNotice: 'silent' } as Partial<Event>,
      user: editor.user,
      overrideAccess: false,
      context: noRevalidate,
    })
    // Server code or a scheduled publish: nobody was asked.
    await update(event, { onlineUrl: 'https://meet.example/opr' })
    const notices = await noticesOf(event)
    expect(notices.map((n) => [n.kind, n.informed])).toEqual([
      ['changed', false],
      ['changed', false],
    ])
    expect(notices[0]!.createdBy).toBe(editor.user.id)
  })

  it('records nothing when the event has no registrations or nothing a registrant plans around changed', async () => {
    const empty = await createEvent(payload, form)
    await update(empty, { ...newRoom(empty), registrantNotice: 'inform' })
    expect(await noticesOf(empty)).toEqual([])

    const { event } = await eventWithRegistrations()
    await update(event, { summary: 'Neue Kurzbeschreibung', registrantNotice: 'inform' })
    expect(await noticesOf(event)).toEqual([])
  })

  it('compares with the published version, not with a draft saved in between', async () => {
    const { event } = await eventWithRegistrations()
    await update(event, newRoom(event), true)
    expect(await noticesOf(event)).toEqual([])
    await update(event, { _status: 'published', registrantNotice: 'inform' })
    const [notice] = await noticesOf(event)
    expect(notice!.changes).toMatchObject([{ label: 'Ort', before: venueLine }])
  })

  it('raises the calendar sequence; the mail’s calendar file keeps the UID with the higher SEQUENCE, for confirmed people only', async () => {
    const { event, registrations } = await eventWithRegistrations()
    const before = parsedEvent(calendarFileOf(event, settings, serverUrl)).vevent
    const changed = await update(event, { ...newRoom(event), registrantNotice: 'inform' })
    expect(changed.calendarSequence).toBeGreaterThan(event.calendarSequence ?? 0)
    const [notice] = await noticesOf(event)

    const mailFor = (submission: FormSubmission) =>
      renderEventNoticeMail({
        notice: noticeForMail(notice!),
        event: changed,
        submission,
        form,
        settings,
        links: { event: `${serverUrl}/veranstaltungen/${event.slug}` },
      })
    const [confirmed, , waiting] = await Promise.all(
      registrations.map((r) => payload.findByID({ collection: 'form-submissions', id: r.id })),
    )
    const mail = mailFor(confirmed!)
    expect(mail.subject).toBe(`Änderung: ${event.title}`)
    expect(mail.text).toContain(
      `Was sich geändert hat:\nOrt: ${venueLine} → Kreisverwaltung, Raum 2.14, Virchowstr. 14-16, 16816 Neuruppin`,
    )
    expect(mail.calendarMethod).toBe('update')
    expect(mailFor(waiting!).calendarMethod).toBeUndefined()

    const { calendar, vevent } = parsedEvent(calendarFileOf(changed, settings, serverUrl))
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH')
    expect(vevent.getFirstPropertyValue('uid')).toBe(before.getFirstPropertyValue('uid'))
    expect(vevent.getFirstPropertyValue('sequence')).toBeGreaterThan(
      Number(before.getFirstPropertyValue('sequence')),
    )
    expect(vevent.getFirstPropertyValue('location')).toContain('Raum 2.14')
  })
})

const noticeForMail = (notice: EventNotice) => ({
  ...notice,
  changes: notice.changes?.map(({ label, before, after }) => ({
    label: label ?? '',
    before: before ?? '',
    after: after ?? '',
  })),
})

describe('postponing an event', () => {
  it('records a postponement, keeps every registration and keeps the form open', async () => {
    const { event, registrations } = await eventWithRegistrations()
    const postponed = await update(event, { eventStatus: 'postponed', registrantNotice: 'inform' })
    const [notice] = await noticesOf(event)
    expect(notice).toMatchObject({ kind: 'postponed', informed: true })
    await runJobs()
    expect(await statusesOf(registrations)).toEqual(['confirmed', 'confirmed', 'waitlisted'])
    const html = await renderHtml(
      createElement(EventView, { event: postponed, settings, serverUrl }),
    )
    expect(html).toContain('Diese Veranstaltung wird verschoben.')
    expect(html).toContain('Bestehende Anmeldungen bleiben gültig.')
    expect(html).toContain('<form')
  })
})

describe('cancelling an event', () => {
  let event: Event
  let cancelled: Event
  let registrations: FormSubmission[]

  beforeAll(async () => {
    ;({ event, registrations } = await eventWithRegistrations())
    cancelled = await update(event, {
      eventStatus: 'cancelled',
      registrantNotice: 'inform',
      registrantNoticeText: 'Wir laden bald zu einem neuen Termin ein.',
    })
  })

  it('records a cancellation notice with the office’s text', async () => {
    const [notice] = await noticesOf(event)
    expect(notice).toMatchObject({
      kind: 'cancelled',
      informed: true,
      subject: `Abgesagt: ${event.title}`,
      text: 'Wir laden bald zu einem neuen Termin ein.',
    })
  })

  it('ends every open registration in a job, recorded as the event’s cancellation, without promotion', async () => {
    expect(await statusesOf(registrations)).toEqual(['confirmed', 'confirmed', 'waitlisted'])
    await runJobs()
    expect(await statusesOf(registrations)).toEqual([
      'eventCancelled',
      'eventCancelled',
      'eventCancelled',
    ])
    const first = await payload.findByID({
      collection: 'form-submissions',
      id: registrations[0]!.id,
    })
    expect(first.statusHistory?.at(-1)).toMatchObject({
      from: 'confirmed',
      to: 'eventCancelled',
      actor: 'Veranstaltung abgesagt',
    })
    // Running the queue again changes nothing.
    await runJobs()
    expect(await statusesOf(registrations)).toEqual([
      'eventCancelled',
      'eventCancelled',
      'eventCancelled',
    ])
  })

  it('sends no personal cancellation mail and no promotion mail', async () => {
    const { docs } = await payload.find({
      collection: 'mail-messages',
      where: {
        submission: { in: registrations.map((r) => r.id) },
        template: { in: ['cancellation', 'promotion'] },
      },
    })
    expect(docs).toEqual([])
  })

  it('takes no new registrations and says so on the page, without a form', async () => {
    await expect(submitAsPublic(payload, form, person(++people), cancelled)).rejects.toThrow(
      'Diese Veranstaltung wurde abgesagt.',
    )
    const html = await renderHtml(
      createElement(EventView, { event: cancelled, settings, serverUrl }),
    )
    expect(html).toContain('Diese Veranstaltung ist abgesagt.')
    expect(html).not.toContain('<form')
  })

  it('mails a calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) to those who held a seat only', async () => {
    const [notice] = await noticesOf(event)
    const [wasConfirmed, , wasWaiting] = await Promise.all(
      registrations.map((r) => payload.findByID({ collection: 'form-submissions', id: r.id })),
    )
    const mailFor = (submission: FormSubmission) =>
      renderEventNoticeMail({
        notice: noticeForMail(notice!),
        event: cancelled,
        submission,
        form,
        settings,
        links: { event: `${serverUrl}/veranstaltungen/${event.slug}` },
      })
    const mail = mailFor(wasConfirmed!)
    expect(mail.subject).toBe(`Abgesagt: ${event.title}`)
    expect(mail.text).toContain('Wir laden bald zu einem neuen Termin ein.')
    expect(mail.calendarMethod).toBe('cancel')
    expect(mailFor(wasWaiting!).calendarMethod).toBeUndefined()

    const { calendar, vevent } = parsedEvent(
      calendarFileOf(cancelled, settings, serverUrl, 'CANCEL'),
    )
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL')
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(vevent.getFirstPropertyValue('sequence')).toBeGreaterThan(event.calendarSequence ?? 0)
  })

  it('keeps the registrations cancelled when the event is set back to planned', async () => {
    await update(cancelled, { eventStatus: 'planned' })
    await runJobs()
    expect(await statusesOf(registrations)).toEqual([
      'eventCancelled',
      'eventCancelled',
      'eventCancelled',
    ])
  })
})

describe('a cancelled event’s waiting list', () => {
  it('does not move up when someone frees a seat before the job has run', async () => {
    const { event, registrations } = await eventWithRegistrations()
    await update(event, { eventStatus: 'cancelled', registrantNotice: 'silent' })
    await payload.update({
      collection: 'form-submissions',
      id: registrations[0]!.id,
      data: { status: 'cancelled' },
    })
    expect(await statusesOf(registrations)).toEqual(['cancelled', 'confirmed', 'waitlisted'])
  })
})

describe('the preview for the publish dialog', () => {
  it('tells an editor how many people a change concerns and shows the mail for an example person', async () => {
    const api = await createApiClient()
    const editor = await createStaff(payload, 'editor')
    const coordinator = await createStaff(payload, 'coordinator')
    const { event } = await eventWithRegistrations()
    const body = {
      title: event.title,
      start: event.start,
      end: event.end,
      venue: { ...event.venue, room: 'Raum 2.14' },
      onlineUrl: null,
      eventStatus: 'planned',
      text: 'Bitte den Seiteneingang nutzen.',
    }
    const path = `/events/${event.id}/notice-preview`
    const preview = await api.request('POST', path, { body, token: editor.token })
    expect(preview.status).toBe(200)
    expect(preview.json).toMatchObject({ required: true, kind: 'changed', count: 3 })
    expect(preview.json.text).toContain('Guten Tag Erika Beispiel')
    expect(preview.json.text).toContain(`Ort: ${venueLine} → Kreisverwaltung, Raum 2.14`)
    expect(preview.json.text).toContain('Bitte den Seiteneingang nutzen.')

    const unchanged = await api.request('POST', path, {
      body: { ...body, venue: event.venue },
      token: editor.token,
    })
    expect(unchanged.json).toEqual({ required: false })
    expect((await api.request('POST', path, { body, token: coordinator.token })).status).toBe(403)
    expect((await api.request('POST', path, { body })).status).toBe(403)
    const hostile = await api.request('POST', path, {
      body: { ...body, start: '<script>', eventStatus: 'weg' },
      token: editor.token,
    })
    expect(hostile.status).toBe(400)
  })
})
