'use client'

import {
  Button,
  Modal,
  PublishButton,
  useConfig,
  useDocumentInfo,
  useForm,
  useModal,
} from '@payloadcms/ui'
import { type MouseEvent, useState } from 'react'

type Change = { label: string; before: string; after: string }
type Preview = { kind: string; count: number; changes: Change[]; subject: string; text: string }

const modalSlug = 'registrant-notice'

const headings: Record<string, string> = {
  changed: 'Angemeldete über die Änderung informieren?',
  postponed: 'Angemeldete über die Verschiebung informieren?',
  cancelled: 'Angemeldete über die Absage informieren?',
}

const personsLine = (count: number) =>
  `Die Änderung betrifft ${count} angemeldete ${count === 1 ? 'Person' : 'Personen'} (bestätigt und Warteliste).`

/**
 * Payload's publish button, with one question in front of it: when a published event's date,
 * venue, online link or status changes and people are registered, the editor decides whether
 * they get a mail, sees it as they will read it, and may add a note. The decision travels with
 * this one save (virtual fields); the server records it either way.
 */
export const EventPublishButton = () => {
  const info = useDocumentInfo()
  const { getData, submit } = useForm()
  const { openModal, closeModal } = useModal()
  const { config } = useConfig()
  const [preview, setPreview] = useState<Preview>()
  const [note, setNote] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const api = config.routes.api

  const publish = async (decision?: 'inform' | 'silent') => {
    const result = await submit({
      action: `${api}/events/${info.id}?depth=0`,
      overrides: {
        _status: 'published',
        ...(decision ? { registrantNotice: decision, registrantNoticeText: note } : {}),
      },
    })
    if (result) {
      info.setUnpublishedVersionCount(0)
      info.setMostRecentVersionIsAutosaved(false)
      info.setHasPublishedDoc(true)
    }
  }

  const loadPreview = async (text: string): Promise<Preview | undefined | 'error'> => {
    const data = getData() as Record<string, unknown>
    const response = await fetch(`${api}/events/${info.id}/notice-preview`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        title: data.title,
        start: data.start,
        end: data.end,
        venue: data.venue,
        onlineUrl: data.onlineUrl,
        eventStatus: data.eventStatus,
        text,
      }),
    }).catch(() => undefined)
    const json = await response?.json().catch(() => undefined)
    if (!response?.ok) return 'error'
    return json.required ? (json as Preview) : undefined
  }

  const ask = async () => {
    setBusy(true)
    const found = await loadPreview('')
    setBusy(false)
    // Without the preview (e.g. a field not valid yet) Payload's own validation speaks.
    if (!found || found === 'error') return publish()
    setNote('')
    setError(undefined)
    setPreview(found)
    openModal(modalSlug)
  }

  const intercept = (event: MouseEvent) => {
    if (!info.id || !info.hasPublishedDoc || busy) return
    if (!(event.target as HTMLElement).closest('#action-save')) return
    event.preventDefault()
    event.stopPropagation()
    void ask()
  }

  const refreshPreview = async () => {
    const found = await loadPreview(note)
    if (found && found !== 'error') setPreview(found)
  }

  const decide = async (decision: 'inform' | 'silent') => {
    setBusy(true)
    closeModal(modalSlug)
    setPreview(undefined)
    await publish(decision).catch(() => setError('Nicht gespeichert – bitte erneut versuchen.'))
    setBusy(false)
  }

  return (
    <>
      <div onClickCapture={intercept} className="opr-publish">
        <PublishButton />
      </div>
      {preview && (
        <Modal
          slug={modalSlug}
          className="opr-notice-dialog"
          closeOnBlur={false}
          aria-labelledby="opr-notice-heading"
          focusTrapOptions={{ initialFocus: '#opr-notice-heading' }}
        >
          <div className="opr-notice-dialog__content">
            <h2 id="opr-notice-heading" tabIndex={-1}>
              {headings[preview.kind] ?? headings.changed}
            </h2>
            <p className="opr-notice-dialog__count">{personsLine(preview.count)}</p>
            {preview.changes.length > 0 && (
              <ul>
                {preview.changes.map((change) => (
                  <li key={change.label}>
                    <strong>{change.label}:</strong> <del>{change.before}</del> →{' '}
                    <ins>{change.after}</ins>
                  </li>
                ))}
              </ul>
            )}
            {preview.kind === 'cancelled' && (
              <p>
                Alle offenen Anmeldungen werden storniert („storniert (Veranstaltung abgesagt)“),
                auch die Warteliste – auch dann, wenn Sie ohne Benachrichtigung speichern.
              </p>
            )}
            <label htmlFor="opr-notice-note">
              Zusätzlicher Text der Koordinierungsstelle (freiwillig)
            </label>
            <textarea
              id="opr-notice-note"
              value={note}
              maxLength={2000}
              rows={3}
              onChange={(event) => setNote(event.target.value)}
              onBlur={refreshPreview}
            />
            <h3 id="opr-notice-preview">So lautet die E-Mail (Beispielperson)</h3>
            <div className="opr-notice-dialog__mail" aria-labelledby="opr-notice-preview">
              <p>
                <strong>Betreff:</strong> {preview.subject}
              </p>
              <p className="opr-notice-dialog__text">{preview.text}</p>
            </div>
            {error && <p role="alert">{error}</p>}
            <div className="opr-notice-dialog__controls">
              <Button buttonStyle="primary" onClick={() => decide('inform')} disabled={busy}>
                Speichern und informieren
              </Button>
              <Button buttonStyle="secondary" onClick={() => decide('silent')} disabled={busy}>
                Speichern ohne Benachrichtigung
              </Button>
              <Button
                buttonStyle="subtle"
                onClick={() => {
                  closeModal(modalSlug)
                  setPreview(undefined)
                }}
              >
                Abbrechen
              </Button>
            </div>
          </div>
        </Modal>
      )}
    </>
  )
}
