'use client'

import {
  type FocusEvent,
  type FormEvent,
  type ReactNode,
  useActionState,
  useEffect,
  useRef,
  useState,
} from 'react'

import { formTokenField, honeypotField } from '@/domain/forms/definition'
import { checkAnswers } from '@/domain/forms/browserChecks'
import type { FieldError } from '@/domain/forms/validate'
import { formMessages } from '@/messages/forms'
import { returnPathParam } from '@/lib/paths'
import { acceptedResult } from './acceptedResult'
import { submitFormAction } from './actions'
import { FieldControl, fieldId } from './FieldControl'
import type { ClientForm } from './types'

type Props = {
  form: ClientForm
  eventId?: number
  /** free seats when the page was rendered (null: no limit; undefined: not a registration) */
  seatsLeft?: number | null
  token: string
  /** Page URL plus the section's anchor: without JavaScript the browser lands back at the form. */
  permalink: string
  messageBlocks: ReactNode[]
  confirmation?: ReactNode
  privacyHref: string
}

/** Free seats; after a booking the count after it (the page around was rendered before). */
const SeatLine = ({ left, booked }: { left: number | null | undefined; booked: boolean }) =>
  left == null ? null : (
    <p className={left > 0 ? 'seats' : 'notice'}>
      {left > 0
        ? formMessages.seatsLeft(left)
        : booked
          ? formMessages.fullNow
          : formMessages.fullWaitlist}
    </p>
  )

/**
 * The page is cached HTML: its token dates from when the page was built. With JavaScript a token
 * issued for this visit replaces it, so the "filled in too fast" check keeps its strength.
 */
const useVisitToken = (formId: number) => {
  const [token, setToken] = useState<string>()
  useEffect(() => {
    fetch(`/anmeldung/formular-token?formular=${formId}`, { cache: 'no-store' })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((body?: { token?: unknown }) => {
        if (typeof body?.token === 'string') setToken(body.token)
      })
      .catch(() => undefined) // the page's own token still works
  }, [formId])
  return token
}

const fieldsOf = (form: ClientForm) =>
  form.items.flatMap((item) => (item.kind === 'field' ? [item.field] : []))

const answersOf = (element: HTMLFormElement, names: string[]) => {
  const data = new FormData(element)
  return Object.fromEntries(
    names.map((name) => {
      const value = data.get(name)
      return [name, typeof value === 'string' ? value : undefined]
    }),
  )
}

/**
 * The site's forms. A plain HTML form that works without JavaScript; with it, answers are checked
 * as people leave each field and before sending, by the server's rules and messages (without zod:
 * browserChecks.ts).
 */
export const PublicForm = ({
  form,
  eventId,
  seatsLeft,
  token,
  permalink,
  messageBlocks,
  confirmation,
  privacyHref,
}: Props) => {
  const [state, formAction, pending] = useActionState(
    submitFormAction,
    { status: 'idle', token },
    permalink,
  )
  const [clientErrors, setClientErrors] = useState<FieldError[] | undefined>()
  const [focusSummary, setFocusSummary] = useState(0)
  const summaryRef = useRef<HTMLDivElement>(null)
  const resultRef = useRef<HTMLHeadingElement>(null)
  const fields = fieldsOf(form)
  const visitToken = useVisitToken(form.id)

  useEffect(() => {
    setClientErrors(undefined)
    if (state.status === 'invalid' || state.status === 'refused') summaryRef.current?.focus()
    if (state.status === 'accepted') resultRef.current?.focus()
  }, [state])
  useEffect(() => {
    if (focusSummary) summaryRef.current?.focus()
  }, [focusSummary])

  if (state.status === 'accepted') {
    const result = acceptedResult(form.kind, state.outcome, Boolean(confirmation))
    return (
      <div className="form-result" role="status">
        <h3 ref={resultRef} tabIndex={-1}>
          {result.title}
        </h3>
        {result.text && <p>{result.text}</p>}
        {confirmation}
        {state.mailSent && (
          <p>
            {form.kind === 'registration' ? formMessages.mailSent : formMessages.mailSentReceipt}
          </p>
        )}
        {/* a waiting person took no seat: the result above already says that all are taken */}
        {state.outcome !== 'waitlisted' && (
          <SeatLine left={state.seatsLeft === undefined ? seatsLeft : state.seatsLeft} booked />
        )}
      </div>
    )
  }

  const errors = clientErrors ?? (state.status === 'invalid' ? state.errors : [])
  const errorFor = (name: string) => errors.find((error) => error.field === name)?.message
  const values = state.status === 'invalid' || state.status === 'refused' ? state.values : {}

  const checkField = (
    event: FocusEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>,
  ) => {
    const field = fields.find((f) => f.name === event.currentTarget.name)
    if (!field || !event.currentTarget.form) return
    // Leaving an empty field while moving through the form is not an error yet.
    if (!event.currentTarget.value && !errorFor(field.name) && field.blockType !== 'checkbox')
      return
    const problems = checkAnswers([field], answersOf(event.currentTarget.form, [field.name]))
    const others = errors.filter((error) => error.field !== field.name)
    setClientErrors([...others, ...problems])
  }

  const checkAll = (event: FormEvent<HTMLFormElement>) => {
    const problems = checkAnswers(
      fields,
      answersOf(
        event.currentTarget,
        fields.map((f) => f.name),
      ),
    )
    if (!problems.length) return setClientErrors(undefined)
    event.preventDefault()
    setClientErrors(problems)
    setFocusSummary((n) => n + 1)
  }

  const ordered = fields.flatMap((f) => errors.filter((e) => e.field === f.name))
  const summaryErrors = [
    ...ordered,
    ...errors.filter((e) => !fields.some((f) => f.name === e.field)),
  ]
  const problem = state.status === 'refused' ? state.message : undefined

  return (
    <form
      action={formAction}
      onSubmit={checkAll}
      noValidate
      className="form"
      aria-describedby={`f${form.id}-hinweis`}
    >
      <SeatLine left={seatsLeft} booked={false} />
      {(summaryErrors.length > 0 || problem) && (
        <div className="form__summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <h3>
            {problem ? formMessages.problemTitle : formMessages.summaryTitle(summaryErrors.length)}
          </h3>
          {problem && <p>{problem}</p>}
          {summaryErrors.length > 0 && (
            <ul>
              {summaryErrors.map((error) => (
                <li key={error.field}>
                  <a href={`#${fieldId(form.id, error.field)}`}>{error.message}</a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <p className="form__hint" id={`f${form.id}-hinweis`}>
        {formMessages.requiredHint}
      </p>
      <input type="hidden" name="formId" value={form.id} />
      <input type="hidden" name={returnPathParam} value={permalink} />
      {eventId && <input type="hidden" name="eventId" value={eventId} />}
      <input
        type="hidden"
        name={formTokenField}
        value={state.status === 'idle' ? (visitToken ?? state.token) : state.token}
      />
      <div className="form__trap" aria-hidden="true">
        <label htmlFor={`f${form.id}-${honeypotField}`}>{formMessages.honeypotLabel}</label>
        <input
          id={`f${form.id}-${honeypotField}`}
          name={honeypotField}
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
      {/* Remounts the fields with the answers the server sent back. */}
      <div
        key={state.status === 'idle' ? 'start' : JSON.stringify(values).length + state.status}
        className="form__fields"
      >
        {form.items.map((item, index) =>
          item.kind === 'message' ? (
            <div key={`m${index}`} className="form__message">
              {messageBlocks[item.index]}
            </div>
          ) : (
            <FieldControl
              key={item.field.name}
              formId={form.id}
              field={item.field}
              value={values[item.field.name]}
              error={errorFor(item.field.name)}
              onBlur={checkField}
            />
          ),
        )}
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
          {pending ? formMessages.submitting : form.submitLabel}
        </button>
        <p className="form__privacy">
          {formMessages.privacyBeforeLink}
          <a href={privacyHref}>{formMessages.privacyLink}</a>
          {formMessages.privacyAfterLink}
        </p>
      </div>
    </form>
  )
}
