/**
 * A registration form embedded in a page whose event is gone (deleted, or the block never got
 * one) shows a German notice instead of a form that could only be refused on submit.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { FormSection } from '@/components/forms/FormSection'
import { submissionMessages } from '@/messages/submission'
import type { Form } from '@/payload-types'

import { createEvent, createRegistrationForm } from '../helpers/forms'
import { testPayload } from '../helpers/payload'
import { renderHtml } from '../helpers/render'

let payload: Payload
let form: Form

beforeAll(async () => {
  payload = await testPayload()
  form = await createRegistrationForm(payload)
})

const section = async (event: Parameters<typeof FormSection>[0]['event']) =>
  renderHtml(
    (await FormSection({
      form,
      event,
      headingLevel: 2,
      anchor: 'anmeldung',
      pagePath: '/',
    }))!,
  )

describe('a registration form on a page', () => {
  it('is a form while its event is there', async () => {
    const html = await section(await createEvent(payload, form, { capacity: 10 }))
    expect(html).toContain('<form')
    expect(html).not.toContain(submissionMessages.noEventForForm)
  })

  it('is a notice, not a form, once its event is gone', async () => {
    const html = await section(null)
    expect(html).not.toContain('<form')
    expect(html).toContain(submissionMessages.noEventForForm)
  })
})
