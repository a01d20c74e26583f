'use client'

import { useState } from 'react'

/** The confirmation step of an erasure: the address must be typed again. */
export const EraseForm = ({ email, records }: { email: string; records: number }) => {
  const [confirmEmail, setConfirmEmail] = useState('')
  const [result, setResult] = useState<string>()
  const [error, setError] = useState<string>()

  const erase = async (event: React.FormEvent) => {
    event.preventDefault()
    setError(undefined)
    const response = await fetch('/api/data-requests/erase', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, confirmEmail }),
    }).catch(() => undefined)
    const json = await response?.json().catch(() => undefined)
    if (response?.ok)
      setResult(
        `Gelöscht: ${json.erased.submissions} Einsendungen anonymisiert, ${json.erased.mails} E-Mails entfernt. Die Anfrage ist protokolliert.`,
      )
    else
      setError(
        json?.errors?.[0]?.message ?? 'Die Löschung ist fehlgeschlagen – bitte erneut versuchen.',
      )
  }

  if (result) return <p role="status">{result}</p>
  return (
    <form onSubmit={erase} className="opr-erase">
      <h2>Löschen (Art. 17 DSGVO)</h2>
      <p>
        Entfernt die Person aus {records} Datensätzen: Name, Kontakt und Antworten werden gelöscht,
        offene Anmeldungen storniert (der Platz geht an die Warteliste), E-Mails an die Adresse
        entfernt. Das lässt sich nicht rückgängig machen.
      </p>
      <label htmlFor="opr-confirm-email">
        Zur Bestätigung die E-Mail-Adresse noch einmal eingeben
      </label>
      <input
        id="opr-confirm-email"
        type="email"
        autoComplete="off"
        value={confirmEmail}
        onChange={(e) => setConfirmEmail(e.target.value)}
        required
      />
      {error && <p role="alert">{error}</p>}
      <button type="submit" className="btn btn--style-primary btn--size-medium">
        Endgültig löschen
      </button>
    </form>
  )
}
