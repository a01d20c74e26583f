'use client'

import { useActionState, useEffect, useRef } from 'react'

import { FieldControl, fieldId } from '@/components/forms/FieldControl'
import type { FormFieldDefinition } from '@/domain/forms/definition'
import { cancellationMessages as text } from '@/messages/cancellation'
import { formMessages } from '@/messages/forms'
import { changeRegistrationAction } from './actions'

type Props = {
  token: string
  formId: number
  fields: FormFieldDefinition[]
  /** the registration's current answers, by field name */
  current: Record<string, string>
  /** the page's address, so that without JavaScript the answer comes back here */
  permalink: string
}

const noCheckOnLeave = () => undefined

/**
 * Persons and support needs of one's own registration. A plain HTML form that works without
 * JavaScript; the server checks everything (the form's own rules, the seats).
 */
export const ChangeForm = ({ token, formId, fields, current, permalink }: Props) => {
  const [state, action, pending] = useActionState(
    changeRegistrationAction,
    { status: 'idle' },
    permalink,
  )
  const summaryRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state.status !== 'idle') summaryRef.current?.focus()
  }, [state])

  const errors = state.status === 'invalid' ? state.errors : []
  const values = state.status === 'idle' ? current : state.values
  const problem = state.status === 'refused' ? state.message : undefined

  return (
    <form action={action} noValidate className="form" aria-describedby={`f${formId}-hinweis`}>
      {(errors.length > 0 || problem) && (
        <div className="form__summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <h3>{problem ? text.problemTitle : formMessages.summaryTitle(errors.length)}</h3>
          {problem && <p>{problem}</p>}
          {errors.length > 0 && (
            <ul>
              {errors.map((error) => (
                <li key={error.field}>
                  <a href={`#${fieldId(formId, error.field)}`}>{error.message}</a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <p className="form__hint" id={`f${formId}-hinweis`}>
        {formMessages.requiredHint}
      </p>
      <input type="hidden" name="token" value={token} />
      {/* Remounts the fields with the answers the server sent back. */}
      <div key={JSON.stringify(values).length + state.status} className="form__fields">
        {fields.map((field) => (
          <FieldControl
            key={field.name}
            formId={formId}
            field={field}
            value={values[field.name] ?? ''}
            error={errors.find((error) => error.field === field.name)?.message}
            onBlur={noCheckOnLeave}
          />
        ))}
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
          {pending ? text.changeSubmitting : text.changeSubmit}
        </button>
      </div>
    </form>
  )
}
