import type { FocusEvent } from 'react'

import type { FormFieldDefinition, SubmissionColumn } from '@/domain/forms/definition'
import { maxLengths } from '@/domain/forms/definition'
import { formMessages } from '@/messages/forms'

const autocompleteFor: Partial<Record<SubmissionColumn, string>> = {
  name: 'name',
  email: 'email',
  organisation: 'organization',
  phone: 'tel',
}

export const fieldId = (formId: number, name: string) => `f${formId}-${name}`

type Props = {
  formId: number
  field: FormFieldDefinition & { placeholder?: string | null }
  value: string | undefined
  error: string | undefined
  onBlur: (event: FocusEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => void
}

/** One labelled control with its error attached (aria-describedby), as WCAG 3.3.1 asks. */
export const FieldControl = ({ formId, field, value: answer, error, onBlur }: Props) => {
  // Editors' defaults prefill text and numbers; consent boxes always start unticked.
  const value =
    answer ??
    (field.blockType !== 'checkbox' && field.defaultValue != null
      ? String(field.defaultValue)
      : undefined)
  const id = fieldId(formId, field.name)
  const errorId = `${id}-fehler`
  const label = field.label?.trim() || field.name
  const required = Boolean(field.required)
  const common = {
    id,
    name: field.name,
    required,
    onBlur,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
  } as const
  const column = 'column' in field ? field.column : undefined
  const autoComplete = (column && column !== 'none' && autocompleteFor[column]) || undefined
  const labelText = (
    <>
      {label}
      {required && (
        <span className="form__required" aria-hidden="true">
          {' '}
          *
        </span>
      )}
    </>
  )
  const errorText = error ? (
    <p className="form__error" id={errorId}>
      <span className="visually-hidden">Fehler: </span>
      {error}
    </p>
  ) : null

  if (field.blockType === 'checkbox') {
    return (
      <div className={`form__field form__field--checkbox${error ? ' form__field--invalid' : ''}`}>
        <input {...common} type="checkbox" defaultChecked={value === 'on' || value === 'true'} />
        <label htmlFor={id}>{labelText}</label>
        {errorText}
      </div>
    )
  }
  return (
    <div className={`form__field${error ? ' form__field--invalid' : ''}`}>
      <label htmlFor={id}>{labelText}</label>
      {errorText}
      {field.blockType === 'textarea' ? (
        <textarea {...common} rows={6} maxLength={maxLengths.long} defaultValue={value} />
      ) : field.blockType === 'select' ? (
        <select {...common} defaultValue={value ?? ''}>
          <option value="">Bitte wählen</option>
          {(field.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : field.blockType === 'number' ? (
        <input
          {...common}
          type="number"
          inputMode="numeric"
          step={1}
          min={field.min ?? undefined}
          max={field.max ?? undefined}
          defaultValue={value}
          className="form__input--short"
        />
      ) : (
        <input
          {...common}
          type={field.blockType === 'email' ? 'email' : 'text'}
          maxLength={field.blockType === 'email' ? maxLengths.email : maxLengths.short}
          autoComplete={autoComplete}
          spellCheck={field.blockType === 'email' ? false : undefined}
          placeholder={field.placeholder ?? undefined}
          defaultValue={value}
        />
      )}
    </div>
  )
}

export const requiredHint = formMessages.requiredHint
