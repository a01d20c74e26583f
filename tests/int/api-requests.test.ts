import { readdir } from 'node:fs/promises'

import { beforeAll, describe, expect, it } from 'vitest'

import { apiBodyLimitBytes, apiFormLimitBytes } from '@/domain/http/apiBody'
import { requestMessages } from '@/messages/requests'
import { uploadOptions } from '@/config/uploads'
import { createApiClient } from '../helpers/api'
import { createEvent, createRegistrationForm, person, submissionBody } from '../helpers/forms'
import { multipartText } from '../helpers/multipart'
import { testPayload } from '../helpers/payload'

type Api = Awaited<ReturnType<typeof createApiClient>>
let api: Api

const stored = async () =>
  (await (await testPayload()).count({ collection: 'form-submissions' })).totalDocs

/** A registration whose name is `name` (a huge one is refused before any field is checked). */
const registrationOf = async (name: string) => {
  const payload = await testPayload()
  const form = await createRegistrationForm(payload)
  const event = await createEvent(payload, form, { capacity: 10 })
  return submissionBody(payload, form, { ...person(1), name }, event)
}

beforeAll(async () => {
  await testPayload()
  api = await createApiClient()
})

describe('the REST API without Next.js’ proxy in front', () => {
  const tooLarge = requestMessages.tooLarge(1)

  it('refuses a body over the limit with 413 in German and stores nothing', async () => {
    const before = await stored()
    const body = await registrationOf('x'.repeat(apiBodyLimitBytes))
    const answer = await api.request('POST', '/form-submissions', { body })
    expect(answer.status).toBe(413)
    expect(answer.json).toEqual({ errors: [{ message: tooLarge }] })
    expect(await stored()).toBe(before)
  })

  it('refuses it from the declared length alone, before reading it', async () => {
    const body = JSON.stringify(await registrationOf('x'.repeat(apiBodyLimitBytes)))
    const answer = await api.request('POST', '/form-submissions', {
      rawBody: body,
      headers: { 'content-length': String(Buffer.byteLength(body)) },
    })
    expect(answer.status).toBe(413)
  })

  it('passes a body within the limit on to Payload unchanged', async () => {
    const before = await stored()
    const body = await registrationOf('Alex Beispiel')
    const answer = await api.request('POST', '/form-submissions', { body })
    expect(answer.status).toBe(201)
    expect(await stored()).toBe(before + 1)
  })

  it('answers in German unless the person chose another language in the admin', async () => {
    const asked = (headers: Record<string, string>) =>
      api.request('GET', '/form-submissions', { headers })
    const german = await asked({ 'accept-language': 'en-US,en;q=0.9' })
    const english = await asked({ 'accept-language': 'de', cookie: 'payload-lng=en' })
    expect(german.status).toBe(403)
    expect(english.status).toBe(403)
    const messageOf = (answer: typeof german) =>
      (answer.json.errors as { message: string }[])[0]!.message
    expect(messageOf(german)).toMatch(/\bSie\b/)
    expect(messageOf(english)).toMatch(/\bYou\b/)
  })
})

/** A multipart body by hand: `_payload` as the admin sends it, and a file part if given. */
const multipartBody = (boundary: string, payloadJson: string, file?: string) =>
  multipartText(boundary, { _payload: payloadJson }, file)

const temporaryUploads = () =>
  readdir(uploadOptions(1).tempFileDir!).then(
    (files) => files.length,
    () => 0,
  )

describe('multipart forms to the REST API outside the media library', () => {
  const send = (url: string, contentType: string, rawBody: string) =>
    api.request('POST', url, { rawBody, headers: { 'content-type': contentType } })

  it('are refused over 10 MB, however the content type is written, and leave no file behind', async () => {
    const before = await temporaryUploads()
    for (const type of ['multipart/form-data', 'Multipart/Form-Data', ' MULTIPART/FORM-DATA']) {
      const body = multipartBody('X', '{}', 'x'.repeat(apiFormLimitBytes))
      const answer = await send('/events', `${type}; boundary=X`, body)
      expect(answer.status, type).toBe(413)
    }
    expect(await temporaryUploads()).toBe(before)
  })

  it('are refused with a file in them, which only the media library takes', async () => {
    const before = await temporaryUploads()
    const answer = await send(
      '/events',
      'Multipart/Form-Data; boundary=X',
      multipartBody('X', '{}', 'abc'),
    )
    expect(answer.status).toBe(400)
    expect(answer.json).toEqual({ errors: [{ message: requestMessages.fileOutsideMedia }] })
    expect(await temporaryUploads()).toBe(before)
  })

  it('are refused as anything but multipart/form-data', async () => {
    const answer = await send('/events', 'multipart/mixed; boundary=X', multipartBody('X', '{}'))
    expect(answer.status).toBe(415)
  })

  it('still store a document sent as the admin sends it (its JSON in `_payload`)', async () => {
    const before = await stored()
    const json = JSON.stringify(await registrationOf('Alex Formular'))
    const answer = await send(
      '/form-submissions',
      'Multipart/Form-Data; boundary=X',
      multipartBody('X', json),
    )
    expect(answer.status, JSON.stringify(answer.json)).toBe(201)
    expect(await stored()).toBe(before + 1)
  })
})

describe('uploads into the media library', () => {
  const upload = (url: string, headers: Record<string, string> = {}) =>
    api.request('POST', url, {
      rawBody: multipartBody('X', '{"alt":"Bild"}', 'x'.repeat(1024 * 1024)),
      headers: { 'content-type': 'multipart/form-data; boundary=X', ...headers },
    })

  it('are refused before Payload writes the file when no editor or admin sends them', async () => {
    const before = await temporaryUploads()
    const answer = await upload('/media')
    expect(answer.status).toBe(403)
    expect(answer.json).toEqual({ errors: [{ message: requestMessages.uploadNotAllowed }] })
    expect(await temporaryUploads()).toBe(before)
  })

  it('take a file only where Payload removes it afterwards: not at other media addresses', async () => {
    const before = await temporaryUploads()
    const answer = await upload('/media/access')
    expect(answer.status).toBe(400)
    expect(await temporaryUploads()).toBe(before)
  })

  it('are refused as 415 where Payload would see multipart in an odd content type', async () => {
    for (const type of [
      'x-multipart/form-data; boundary=X',
      'application/json, multipart/form-data; boundary=X',
    ]) {
      const answer = await api.request('POST', '/events', {
        rawBody: multipartBody('X', '{}'),
        headers: { 'content-type': type },
      })
      expect(answer.status, type).toBe(415)
    }
  })
})

describe('values the database cannot take', () => {
  it.each([
    ['/events?where[eventStatus][equals]=x%22anna%40example.org'],
    ['/events/abc'],
    ['/events?where[registration.form][equals]=abc'],
  ])('%s → 400 in German, not 500', async (path) => {
    const answer = await api.request('GET', path)
    expect(answer.status).toBe(400)
    expect(answer.json).toEqual({ errors: [{ message: requestMessages.invalidValue }] })
  })
})
