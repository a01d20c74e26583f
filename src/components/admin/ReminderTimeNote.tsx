'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'

import { formatTime, formatWeekdayDate } from '@/domain/dates'
import { reminderTimeOf } from '@/domain/reminders'

/** Tells the office, while it edits, when this event's reminder will go out (or why not). */
export const ReminderTimeNote = () => {
  const { initialData } = useDocumentInfo()
  const start = useFormFields(([fields]) => fields.start?.value) as string | undefined
  const enabled = useFormFields(([fields]) => fields['registration.reminder.enabled']?.value)
  const daysBefore = useFormFields(
    ([fields]) => fields['registration.reminder.daysBefore']?.value,
  ) as number | undefined
  if (!start || enabled === false) return null
  const remindAt = reminderTimeOf(start, { daysBefore })
  const createdAt = new Date((initialData?.createdAt as string | undefined) ?? Date.now())
  const text =
    createdAt >= remindAt
      ? 'Für diese Veranstaltung wird keine Erinnerung versendet: Sie wurde erst nach dem Erinnerungszeitpunkt angelegt, alle Angemeldeten haben ihre Bestätigung gerade erst erhalten.'
      : `Versand am ${formatWeekdayDate(remindAt)} um ${formatTime(remindAt)} Uhr (wenige Minuten später) an alle bestätigten Personen, die sich bis dahin angemeldet haben.`
  return <p className="field-description">{text}</p>
}
