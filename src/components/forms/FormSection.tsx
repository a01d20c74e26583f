import { Heading } from '@/components/Heading'
import { RichText } from '@/components/RichText'
import { formatEventDateRange } from '@/domain/dates'
import { inputFields } from '@/domain/forms/definition'
import { issueFormToken } from '@/domain/forms/spam'
import { isRegistrationFormOf } from '@/domain/registration/rules'
import { payloadClient } from '@/lib/content'
import { noteOutage } from '@/lib/outage'
import { cachedAvailability } from '@/lib/seats'
import { pagePath } from '@/lib/paths'
import { formMessages } from '@/messages/forms'
import { submissionMessages } from '@/messages/submission'
import type { Event, Form } from '@/payload-types'
import { PublicForm } from './PublicForm'
import type { ClientForm } from './types'

type Props = {
  form: Form | number | null | undefined
  event?: Event | number | null
  heading?: string | null
  intro?: string | null
  headingLevel: 1 | 2
  /** anchor of the section, e.g. "anmeldung" */
  anchor: string
  /** the page the form sits on, so a form posted without JavaScript comes back to it */
  pagePath: string
}

const clientFormOf = (form: Form): ClientForm => {
  let messages = 0
  return {
    id: form.id,
    kind: form.kind,
    submitLabel: form.submitButtonLabel || formMessages.submit,
    items: (form.fields ?? []).map((block) =>
      block.blockType === 'message'
        ? { kind: 'message' as const, index: messages++ }
        : { kind: 'field' as const, field: inputFields([block])[0]! },
    ),
  }
}

/**
 * A form embedded in a page. Part of the cached HTML every visitor gets: the seat count is rebuilt
 * by its tag after each change, and the timing token issued here is only a lower bound (with
 * JavaScript the form fetches a fresh one per visit, see `PublicForm`).
 */
export const FormSection = async ({
  form,
  event,
  heading,
  intro,
  headingLevel,
  anchor,
  pagePath: path,
}: Props) => {
  if (!form || typeof form !== 'object') return null
  const registrationEvent =
    form.kind === 'registration' && typeof event === 'object' ? event : undefined
  const payload = await payloadClient()
  const availability = registrationEvent
    ? await cachedAvailability(payload, registrationEvent).catch((error: unknown) => {
        // The page must not be cached without its form: the render fails, so Next.js keeps the
        // last good page (or the app answers 503 while there is none).
        payload.logger.error({ err: error, msg: 'Freie Plätze nicht lesbar' })
        noteOutage()
        throw error
      })
    : undefined
  const headingId = `${anchor}-titel`

  return (
    <section className="form-section" id={anchor} aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId}>
        {heading || form.title}
      </Heading>
      {intro && <p>{intro}</p>}
      {form.kind === 'registration' && !registrationEvent ? (
        // The block's event was deleted or withdrawn: a form could only be refused on submit.
        <p className="notice">{submissionMessages.noEventForForm}</p>
      ) : registrationEvent && !isRegistrationFormOf(registrationEvent, form.id) ? (
        // A page block may pair a form with an event that names another; that pair is refused.
        <p className="notice">{submissionMessages.formNotForEvent}</p>
      ) : availability?.refusal ? (
        <p className="notice">{submissionMessages.refused[availability.refusal]}</p>
      ) : (
        <>
          {registrationEvent?.registration?.deadline && (
            <p>
              {formMessages.deadline(formatEventDateRange(registrationEvent.registration.deadline))}
            </p>
          )}
          <PublicForm
            form={clientFormOf(form)}
            eventId={registrationEvent?.id}
            seatsLeft={availability?.seatsLeft}
            token={issueFormToken(form.id, payload.secret)}
            permalink={`${path}#${anchor}`}
            messageBlocks={(form.fields ?? [])
              .filter((block) => block.blockType === 'message')
              .map((block, index) => (
                <RichText key={index} data={'message' in block ? block.message : undefined} />
              ))}
            confirmation={
              form.confirmationType !== 'redirect' && form.confirmationMessage ? (
                <RichText data={form.confirmationMessage} />
              ) : undefined
            }
            privacyHref={pagePath('datenschutz')}
          />
        </>
      )}
    </section>
  )
}
