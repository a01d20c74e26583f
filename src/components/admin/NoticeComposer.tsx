'use client'

import { useField, useFormFields, useFormInitializing } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import { useEffect, useState } from 'react'

import { collectionSlugs } from '@/config/slugs'

type Preview = { recipients: string; subject: string; html: string }

const previewDelayMs = 600

const post = async (path: string, body: unknown) => {
  const response = await fetch(`/api/${collectionSlugs.eventNotices}${path}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).catch(() => undefined)
  const json = await response?.json().catch(() => undefined)
  if (response?.ok) return { ok: true as const, json }
  return {
    ok: false as const,
    message: json?.errors?.[0]?.message ?? 'Keine Verbindung – bitte erneut versuchen.',
  }
}

/**
 * While a coordinator writes a message: whom it reaches ("Geht an 42 Personen …"), the mail as an
 * example person reads it, and a test to their own address. Saving sends it.
 */
export const NoticeComposer = () => {
  const { value: event, setValue: setEvent } = useField<number | null>({ path: 'event' })
  const draft = useFormFields(([fields]) => ({
    audience: fields.audience?.value,
    subject: fields.subject?.value ?? '',
    text: fields.text?.value ?? '',
  }))
  const preselected = useSearchParams().get('event')
  const [preview, setPreview] = useState<Preview>()
  const [problem, setProblem] = useState<string>()
  const [testNote, setTestNote] = useState<string>()
  const [busy, setBusy] = useState(false)

  // Opened from an event ("?event=12"): that event is chosen, once the form has its initial state.
  const initializing = useFormInitializing()
  useEffect(() => {
    if (!initializing && !event && preselected && /^\d+$/.test(preselected))
      setEvent(Number(preselected))
  }, [initializing, event, preselected, setEvent])

  const body = JSON.stringify({ event, ...draft })
  useEffect(() => {
    if (!event) return
    const timer = setTimeout(async () => {
      const result = await post('/preview', JSON.parse(body))
      if (result.ok) {
        setPreview(result.json)
        setProblem(undefined)
      } else setProblem(result.message)
    }, previewDelayMs)
    return () => clearTimeout(timer)
  }, [body, event])

  const sendTest = async () => {
    setBusy(true)
    const result = await post('/test', JSON.parse(body))
    setTestNote(result.ok ? result.json.message : result.message)
    setBusy(false)
  }

  if (!event) return <p>Bitte wählen Sie zuerst die Veranstaltung.</p>
  return (
    <section className="opr-notice-composer" aria-live="polite">
      {problem && <p className="opr-notice-composer__problem">{problem}</p>}
      {preview && (
        <>
          <p>
            <strong>{preview.recipients}</strong> Niemand sieht die Adressen der anderen.
          </p>
          <h3>Vorschau (für eine Beispielperson)</h3>
          <p>Betreff: {preview.subject}</p>
          <iframe
            title="Vorschau der E-Mail"
            srcDoc={preview.html}
            sandbox=""
            style={{
              width: '100%',
              minHeight: '24rem',
              border: '1px solid var(--theme-elevation-150)',
            }}
          />
        </>
      )}
      <p>
        <button
          type="button"
          className="btn btn--style-secondary"
          onClick={sendTest}
          disabled={busy}
        >
          Test an mich senden
        </button>{' '}
        {testNote}
      </p>
      <p>
        Mit „Speichern“ geht die Nachricht an alle oben genannten Personen – das lässt sich nicht
        rückgängig machen.
      </p>
    </section>
  )
}
