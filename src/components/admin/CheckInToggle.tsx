'use client'

import { useState } from 'react'

import { formatTime } from '@/domain/dates'
import type { DoorListEntry } from '@/domain/doorList/entries'
import { doorListMessages as text } from '@/messages/doorList'
import { requestCheckIn } from './checkInRequest'

/**
 * Checks one registration in (or back out) at the door. While the server has not answered, the
 * row says so; a lost or refused tap is shown with its reason and can be repeated. The row shows
 * "eingecheckt" only after the server confirmed it.
 */
export const CheckInToggle = ({
  entry,
  onConfirmed,
}: {
  entry: DoorListEntry
  onConfirmed: (stored: { checkedIn: boolean; checkedInAt: string | null }) => void
}) => {
  const [pending, setPending] = useState(false)
  const [refusal, setRefusal] = useState<{ wanted: boolean; message: string }>()

  const send = async (wanted: boolean) => {
    if (pending) return
    setPending(true)
    setRefusal(undefined)
    const answer = await requestCheckIn(entry.id, wanted)
    setPending(false)
    if (answer.confirmed)
      onConfirmed({ checkedIn: answer.checkedIn, checkedInAt: answer.checkedInAt })
    else setRefusal({ wanted, message: answer.message })
  }

  const wanted = refusal?.wanted ?? !entry.checkedIn
  const label = wanted ? text.checkInLabel(entry.name) : text.undoLabel(entry.name)
  return (
    <div className="opr-checkin" aria-busy={pending}>
      {entry.checkedIn && (
        <span className="opr-checkin__done">
          ✓ {text.checkedIn(entry.checkedInAt ? formatTime(entry.checkedInAt) : null)}
        </span>
      )}
      <button
        type="button"
        onClick={() => send(wanted)}
        aria-disabled={pending}
        // The visible words are part of the spoken name (WCAG 2.5.3): voice control finds the button.
        aria-label={
          pending ? `${text.pending} ${label}` : refusal ? `${text.retry}: ${label}` : label
        }
        className={`opr-checkin__button opr-no-print${
          entry.checkedIn && !refusal ? ' opr-checkin__button--undo' : ''
        }`}
      >
        {pending ? text.pending : refusal ? text.retry : entry.checkedIn ? text.undo : text.checkIn}
      </button>
      {refusal && (
        <p role="alert" className="opr-checkin__refusal opr-no-print">
          {refusal.message}
        </p>
      )}
    </div>
  )
}
