'use server'

import { redirect } from 'next/navigation'

import { actionStateOrNotFound, formFieldsOrNotFound } from '@/lib/actionArguments'
import { payloadClient } from '@/lib/content'
import { cancellationPath } from '@/lib/paths'
import { sendQueuedMailSoon } from '@/lib/sendMailSoon'
import { cancellationMessages as text } from '@/messages/cancellation'
import { cancelByToken } from '@/registration/cancel'
import { changeByToken } from '@/registration/changeRegistration'
import type { ChangeState } from './changeState'

const pageOf = (token: string, result?: 'geaendert' | 'unveraendert') =>
  `${cancellationPath}?token=${encodeURIComponent(token)}${result ? `&ergebnis=${result}` : ''}`

const echoOf = (posted: FormData) =>
  Object.fromEntries(
    [...posted.entries()]
      .filter(([name, value]) => !name.startsWith('$') && typeof value === 'string')
      .map(([name, value]) => [name, String(value).slice(0, 10_000)]),
  )

/**
 * The person's change through their link (POST only: opening the link never changes anything).
 * A stored change or none at all leads back to the page (post/redirect/get); a refusal answers
 * at the form, keeping what was typed.
 */
export const changeRegistrationAction = async (
  postedState: ChangeState,
  postedFields: FormData,
): Promise<ChangeState> => {
  actionStateOrNotFound(postedState)
  const posted = formFieldsOrNotFound(postedFields)
  const token = String(posted.get('token') ?? '')
  const values = echoOf(posted)
  const payload = await payloadClient()
  let result: Awaited<ReturnType<typeof changeByToken>>
  try {
    result = await changeByToken(payload, token, (name) => posted.get(name))
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Änderung einer Anmeldung nicht gespeichert' })
    return { status: 'refused', message: text.failed, values }
  }
  if (result.outcome === 'changed') sendQueuedMailSoon()
  if (result.outcome === 'changed' || result.outcome === 'unchanged')
    redirect(pageOf(token, result.outcome === 'changed' ? 'geaendert' : 'unveraendert'))
  // The page explains why (link broken or expired, deadline passed, event cancelled).
  if (result.outcome === 'invalidLink' || result.outcome === 'refused') redirect(pageOf(token))
  if (result.outcome === 'invalid') return { status: 'invalid', errors: result.errors, values }
  const message =
    result.outcome === 'notEnoughSeats'
      ? text.notEnoughSeats(result.wanted, result.kept, result.possible)
      : text.rateLimited
  return { status: 'refused', message, values }
}

/** Cancels through the ordinary status change: seats freed, waiting list moves up, mails. */
export const cancelRegistrationAction = async (postedFields: FormData) => {
  const token = String(formFieldsOrNotFound(postedFields).get('token') ?? '')
  await cancelByToken(await payloadClient(), token)
  sendQueuedMailSoon()
  redirect(pageOf(token))
}
