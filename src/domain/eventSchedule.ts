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
  programme?: ProgrammeItemInput[] | null
  registrationDeadline?: Instant
}

export type ScheduleProblem = {
  field: 'end' | 'programme' | 'registrationDeadline'
  message: string
}

const toDate = (value: Instant) => (value ? new Date(value) : undefined)

/** A programme time ("17:30") is a wall-clock time on the Berlin calendar day the event starts. */
export const programmeTimeToDate = (eventStart: Date | string, time: string) =>
  berlinWallTimeToDate(berlinDateKey(eventStart), time)

const checkProgramme = (start: Date, end: Date | undefined, items: ProgrammeItemInput[]) => {
  const problems: ScheduleProblem[] = []
  items.forEach((item, index) => {
    const name = item.title ? `„${item.title}“` : `Nr. ${index + 1}`
    const report = (message: string) => problems.push({ field: 'programme', message })
    if (!item.startTime || !isValidTimeOfDay(item.startTime)) {
      return report(`Programmpunkt ${name}: Bitte die Beginnzeit als SS:MM angeben, z. B. 17:30.`)
    }
    if (item.endTime && !isValidTimeOfDay(item.endTime)) {
      return report(`Programmpunkt ${name}: Bitte die Endzeit als SS:MM angeben, z. B. 18:15.`)
    }
    const itemStart = programmeTimeToDate(start, item.startTime)
    const itemEnd = item.endTime ? programmeTimeToDate(start, item.endTime) : undefined
    if (itemStart < start || (end && itemStart > end)) {
      report(
        `Programmpunkt ${name} beginnt um ${item.startTime} Uhr und liegt damit außerhalb der Veranstaltung (${formatTime(start)}${end ? `–${formatTime(end)}` : ''} Uhr).`,
      )
    } else if (itemEnd && itemEnd <= itemStart) {
      report(`Programmpunkt ${name}: Das Ende muss nach dem Beginn liegen.`)
    } else if (itemEnd && end && itemEnd > end) {
      report(
        `Programmpunkt ${name} endet um ${item.endTime} Uhr, nach dem Ende der Veranstaltung (${formatTime(end)} Uhr).`,
      )
    }
  })
  return problems
}

/** Everything that can be wrong with an event's times, as German sentences for the editor. */
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
  return [...problems, ...checkProgramme(start, end, input.programme ?? [])]
}

/** For a Payload `validate`: true, or the messages that concern one field. */
export const scheduleResultFor = (input: ScheduleInput, field: ScheduleProblem['field']) => {
  const messages = checkEventSchedule(input)
    .filter((p) => p.field === field)
    .map((p) => p.message)
  return messages.length ? messages.join(' ') : true
}
