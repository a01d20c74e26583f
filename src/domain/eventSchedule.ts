import { berlinDateKey, berlinWallTimeToDate, formatTime, isValidTimeOfDay } from './dates'

type Instant = Date | string | null | undefined

export type ProgrammeItemInput = {
  startTime?: string | null
  endTime?: string | null
  title?: string | null
}

export type ScheduleInput = {
  start?: Instant
  end?: Instant
  registrationDeadline?: Instant
}

export type ScheduleProblem = {
  field: 'end' | 'registrationDeadline'
  message: string
}

export type ProgrammeItemField = 'startTime' | 'endTime'

const toDate = (value: Instant) => (value ? new Date(value) : undefined)

/** A programme time ("17:30") is a wall-clock time on the Berlin calendar day the event starts. */
export const programmeTimeToDate = (eventStart: Date | string, time: string) =>
  berlinWallTimeToDate(berlinDateKey(eventStart), time)

const startTimeProblem = (
  start: Date | undefined,
  end: Date | undefined,
  item: ProgrammeItemInput,
) => {
  if (!item.startTime || !isValidTimeOfDay(item.startTime))
    return 'Bitte die Beginnzeit als SS:MM angeben, z. B. 17:30.'
  if (!start) return undefined
  const itemStart = programmeTimeToDate(start, item.startTime)
  if (itemStart < start)
    return `Beginn ${item.startTime} Uhr liegt vor dem Beginn der Veranstaltung (${formatTime(start)} Uhr).`
  if (end && itemStart > end)
    return `Beginn ${item.startTime} Uhr liegt nach dem Ende der Veranstaltung (${formatTime(end)} Uhr).`
  return undefined
}

const endTimeProblem = (
  start: Date | undefined,
  end: Date | undefined,
  item: ProgrammeItemInput,
) => {
  if (!item.endTime) return undefined
  if (!isValidTimeOfDay(item.endTime)) return 'Bitte die Endzeit als SS:MM angeben, z. B. 18:15.'
  if (!start) return undefined
  const itemEnd = programmeTimeToDate(start, item.endTime)
  if (item.startTime && isValidTimeOfDay(item.startTime)) {
    if (itemEnd <= programmeTimeToDate(start, item.startTime))
      return `Ende ${item.endTime} Uhr liegt nicht nach dem Beginn des Programmpunkts (${item.startTime} Uhr).`
  }
  if (end && itemEnd > end)
    return `Ende ${item.endTime} Uhr liegt nach dem Ende der Veranstaltung (${formatTime(end)} Uhr).`
  return undefined
}

/**
 * What is wrong with one time of one programme item, as a German sentence for that very field:
 * the editor sees it at the row concerned, not as one message for the whole programme.
 */
export const checkProgrammeItemTime = (
  event: Pick<ScheduleInput, 'start' | 'end'>,
  item: ProgrammeItemInput,
  field: ProgrammeItemField,
): string | undefined => {
  const start = toDate(event.start)
  const end = toDate(event.end)
  return field === 'startTime'
    ? startTimeProblem(start, end, item)
    : endTimeProblem(start, end, item)
}

/** What can be wrong with an event's own times (programme items: `checkProgrammeItemTime`). */
export const checkEventSchedule = (input: ScheduleInput): ScheduleProblem[] => {
  const start = toDate(input.start)
  const end = toDate(input.end)
  const deadline = toDate(input.registrationDeadline)
  if (!start) return []
  const problems: ScheduleProblem[] = []
  if (end && end <= start) {
    problems.push({ field: 'end', message: 'Das Ende muss nach dem Beginn liegen.' })
  }
  if (deadline && deadline >= start) {
    problems.push({
      field: 'registrationDeadline',
      message: 'Der Anmeldeschluss muss vor dem Beginn der Veranstaltung liegen.',
    })
  }
  return problems
}

/** For a Payload `validate`: true, or the messages that concern one field. */
export const scheduleResultFor = (input: ScheduleInput, field: ScheduleProblem['field']) => {
  const messages = checkEventSchedule(input)
    .filter((p) => p.field === field)
    .map((p) => p.message)
  return messages.length ? messages.join(' ') : true
}
