'use client'

import { Button, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Outcome = { kind: 'done' | 'error'; message: string }

/**
 * On a partnership declaration: the one action that makes a (not yet public) partner entry from
 * it, or the link to the entry made before. The server decides everything (consent, duplicates).
 */
export const PartnerDraftButton = () => {
  const { id } = useDocumentInfo()
  const kind = useFormFields(([fields]) => fields.kind?.value)
  const { config } = useConfig()
  const api = config.routes.api
  const adminRoute = config.routes.admin
  const [partnerId, setPartnerId] = useState<number>()
  const [outcome, setOutcome] = useState<Outcome>()
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!id || kind !== 'partnership') return
    const query = `where[declaration][equals]=${encodeURIComponent(String(id))}&limit=1&depth=0`
    fetch(`${api}/partners?${query}`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((json) => setPartnerId(json?.docs?.[0]?.id))
      .catch(() => undefined)
  }, [api, id, kind])

  if (!id || kind !== 'partnership') return null

  const create = async () => {
    setBusy(true)
    setOutcome(undefined)
    const response = await fetch(`${api}/form-submissions/${id}/partner-entwurf`, {
      method: 'POST',
      credentials: 'include',
    }).catch(() => undefined)
    const json = await response?.json().catch(() => undefined)
    setBusy(false)
    if (!response?.ok) {
      setOutcome({
        kind: 'error',
        message: json?.errors?.[0]?.message ?? 'Der Partnereintrag konnte nicht angelegt werden.',
      })
      return
    }
    setPartnerId(json.partnerId)
    setOutcome({ kind: 'done', message: json.message })
  }

  return (
    <div className="field-type opr-partner-draft">
      <h2 className="opr-partner-draft__title">Partnereintrag</h2>
      {partnerId ? (
        <p>
          <a href={`${adminRoute}/collections/partners/${partnerId}`}>
            Partnereintrag öffnen (Nr. {partnerId})
          </a>
        </p>
      ) : (
        <Button buttonStyle="secondary" size="small" disabled={busy} onClick={create}>
          Als Partnereintrag anlegen (Entwurf)
        </Button>
      )}
      {outcome ? (
        <p role={outcome.kind === 'error' ? 'alert' : 'status'}>{outcome.message}</p>
      ) : null}
      {/* Payload's own description grey is too faint (WCAG contrast): plain text colour here. */}
      <p>
        Nur mit Einwilligung zur Nennung. Der Eintrag ist zunächst nicht öffentlich; veröffentlichen
        kann die Redaktion.
      </p>
    </div>
  )
}
