'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import type { RequestContext } from 'payload'

import { isAlreadyRegistered, isRefusal } from '@/collections/FormSubmissions/errors'
import { resendAfterDuplicate } from '@/collections/FormSubmissions/hooks/resendAfterDuplicate'
import { collectionSlugs } from '@/config/slugs'
import { formTokenField, honeypotField, inputFields } from '@/domain/forms/definition'
import { issueFormToken } from '@/domain/forms/spam'
import type { FieldError } from '@/domain/forms/validate'
import { validationErrorsOf } from '@/domain/http/validationErrors'
import { clientAddress } from '@/domain/rateLimit'
import { actionStateOrNotFound, formFieldsOrNotFound } from '@/lib/actionArguments'
import { payloadClient } from '@/lib/content'
import { rateLimitedPath, returnPathParam } from '@/lib/paths'
import { sendQueuedMailSoon } from '@/lib/sendMailSoon'
import { formMessages } from '@/messages/forms'
import { submissionMessages } from '@/messages/submission'
import type { Form } from '@/payload-types'
import { seatsLeftNow } from '@/registration/availability'
import type { FormState, Outcome } from './types'

/** Payload's refusal of single answers, as the form shows them at the fields. */
const fieldErrorsOf = (error: unknown): FieldError[] | undefined =>
  validationErrorsOf(error)?.map((e) => ({ field: e.path, message: e.message }))

const echoOf = (formData: FormData, names: string[]) =>
  Object.fromEntries(
    names.map((name) => {
      const value = formData.get(name)
      return [name, typeof value === 'string' ? value.slice(0, 10_000) : '']
    }),
  )

/**
 * The site's form submit, with and without JavaScript (React posts the plain HTML form here when
 * no script runs). Every rule lives in the collection's hooks; this only translates outcomes.
 */
export const submitFormAction = async (
  postedState: FormState,
  postedFields: FormData,
): Promise<FormState> => {
  const previous = actionStateOrNotFound(postedState)
  const formData = formFieldsOrNotFound(postedFields)
  const payload = await payloadClient()
  const formId = Number(formData.get('formId'))
  const eventValue = formData.get('eventId')
  let form: Form | null
  try {
    form = ((
      await payload.find({
        collection: collectionSlugs.forms,
        where: { id: { equals: Number.isSafeInteger(formId) ? formId : 0 } },
        depth: 0,
        limit: 1,
        overrideAccess: false,
      })
    ).docs[0] ?? null) as Form | null
  } catch (error) {
    // e.g. the database restarts: the person keeps what they typed and tries again
    payload.logger.error({ err: error, msg: 'Formular nicht lesbar' })
    const values = echoOf(
      formData,
      [...formData.keys()].filter((k) => !k.startsWith('$')),
    )
    return { status: 'refused', token: previous.token, message: formMessages.failed, values }
  }
  if (!form)
    return {
      status: 'refused',
      token: previous.token,
      message: submissionMessages.unknownForm,
      values: {},
    }

  const fields = inputFields(form.fields)
  const names = fields.map((field) => field.name)
  const values = echoOf(formData, names)
  const submissionData = fields.flatMap((field) => {
    const value = formData.get(field.name)
    return value === null ? [] : [{ field: field.name, value: value as string }]
  })

  let accepted: Extract<FormState, { status: 'accepted' }>
  // The seat rules leave the free seats after their decision here (`seatsLeftAfter`).
  const context: RequestContext = { clientIp: clientAddress(await headers()) ?? undefined }
  try {
    const doc = await payload.create({
      collection: collectionSlugs.formSubmissions,
      data: {
        form: formId,
        ...(typeof eventValue === 'string' && eventValue ? { event: Number(eventValue) } : {}),
        submissionData,
        [honeypotField]: formData.get(honeypotField) ?? '',
        [formTokenField]: formData.get(formTokenField) ?? '',
      } as never,
      overrideAccess: false,
      depth: 0,
      context,
    })
    sendQueuedMailSoon()
    const outcome: Outcome =
      doc.status === 'confirmed' || doc.status === 'waitlisted' ? doc.status : 'received'
    accepted = { status: 'accepted', token: previous.token, outcome, mailSent: Boolean(doc.email) }
  } catch (error) {
    const errors = fieldErrorsOf(error)
    if (errors) return { status: 'invalid', token: previous.token, errors, values }
    // Without JavaScript (no Next-Action header) the browser shows a page with HTTP 429.
    if (isRefusal(error, 'RateLimited') && !(await headers()).has('next-action'))
      redirect(
        `${rateLimitedPath}?${returnPathParam}=${encodeURIComponent(formData.get(returnPathParam)?.toString() ?? '/')}`,
      )
    if (
      isRefusal(error, 'SpamSuspected') ||
      isRefusal(error, 'SubmissionRefused') ||
      isRefusal(error, 'RateLimited')
    ) {
      const expired = isRefusal(error, 'SpamSuspected') && error.signal === 'tokenExpired'
      return {
        status: 'refused',
        token: expired ? issueFormToken(formId, payload.secret) : previous.token,
        message: error.message,
        values,
      }
    }
    if (!isAlreadyRegistered(error)) {
      payload.logger.error({ err: error, msg: 'Formular konnte nicht gespeichert werden' })
      return { status: 'refused', token: previous.token, message: formMessages.failed, values }
    }
    // Already registered: the page answers as it would for a new registration (same status
    // line, same confirmation text); only the mailbox learns that nothing new was stored.
    await resendAfterDuplicate(payload, error)
    sendQueuedMailSoon()
    const { newcomerOutcome } = error
    accepted = {
      status: 'accepted',
      token: previous.token,
      outcome: newcomerOutcome,
      mailSent: true,
    }
  }
  if (form.confirmationType === 'redirect' && form.redirect?.url) redirect(form.redirect.url)
  // The seat line above the form was rendered before this booking; it shows the count after it,
  // as the seat decision left it (a duplicate stores nothing: then it is read).
  const eventId = Number(eventValue)
  if (form.kind === 'registration' && Number.isSafeInteger(eventId) && eventId > 0)
    accepted = {
      ...accepted,
      seatsLeft:
        'seatsLeftAfter' in context
          ? context.seatsLeftAfter
          : await seatsLeftNow(payload, eventId).catch(() => undefined),
    }
  return accepted
}
