'use client'

import { useState } from 'react'

import { formatTime } from '@/domain/dates'

/** Checks a registration in or out at the door; the server records who and when. */
export const CheckInToggle = ({
  id,
  name,
  initial,
}: {
  id: number
  name: string
  initial: { checkedIn: boolean; at?: string | null }
}) => {
  const [state, setState] = useState(initial)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()

  const toggle = async () => {
    setBusy(true)
    setError(undefined)
    const response = await fetch(`/api/form-submissions/${id}?depth=0`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ checkedIn: !state.checkedIn }),
    }).catch(() => undefined)
    const json = await response?.json().catch(() => undefined)
    if (response?.ok) setState({ checkedIn: Boolean(json.doc.checkedIn), at: json.doc.checkedInAt })
    else setError(json?.errors?.[0]?.message ?? 'Nicht gespeichert – bitte erneut versuchen.')
    setBusy(false)
  }

  return (
    <span className="opr-checkin">
      <button
        type="button"
        onClick={toggle}
        disabled={busy}
        aria-pressed={state.checkedIn}
        aria-label={`${name} ${state.checkedIn ? 'ist eingecheckt' : 'einchecken'}`}
        className={
          state.checkedIn ? 'opr-checkin__button opr-checkin__button--on' : 'opr-checkin__button'
        }
      >
        {state.checkedIn ? '✓ da' : 'Einchecken'}
      </button>
      {state.checkedIn && state.at && <span> {formatTime(state.at)} Uhr</span>}
      {error && <span role="alert"> {error}</span>}
    </span>
  )
}
