import { berlinWallTimeToDate } from '@/domain/dates'
import { isStoredId } from '@/domain/relations'
import { figuresMessages } from '@/messages/figures'

/** What the figures are about: one event, or the events that start within a period (Berlin days). */
export type FiguresSelection =
  { kind: 'event'; eventId: number } | { kind: 'period'; from: string; to: string }

export type SelectionResult =
  { ok: true; selection: FiguresSelection } | { ok: false; message: string } | { ok: 'none' }

/** The query parameters of the view and the CSV, in the office's words. */
export const selectionParams = { event: 'veranstaltung', from: 'von', to: 'bis' } as const

const datePattern = /^\d{4}-\d{2}-\d{2}$/
const maxYears = 10
/**
 * The years a period may name. Below 100 JavaScript's Date reads a year as 19xx (0050 would count
 * 1950), and the day after 9999-12-31 has no four-digit year; no event of the office lies
 * outside these, so anything else is a typo.
 */
export const selectableYears = { first: 2000, last: 2999 } as const

/** A single text value of a query parameter; repeated or structured parameters count as invalid. */
const single = (value: unknown): string | undefined | null => {
  if (value === undefined || value === '') return undefined
  return typeof value === 'string' ? value.trim() : null
}

const isDate = (value: string) => {
  if (!datePattern.test(value)) return false
  const year = Number(value.slice(0, 4))
  if (year < selectableYears.first || year > selectableYears.last) return false
  try {
    berlinWallTimeToDate(value, '00:00')
    return true
  } catch {
    return false
  }
}

/** `?veranstaltung=<id>` or `?von=YYYY-MM-DD&bis=YYYY-MM-DD`; hostile values get a German message. */
export const parseFiguresSelection = (query: Record<string, unknown>): SelectionResult => {
  const event = single(query[selectionParams.event])
  const from = single(query[selectionParams.from])
  const to = single(query[selectionParams.to])
  if (event === undefined && from === undefined && to === undefined) return { ok: 'none' }
  if (event !== undefined && (from !== undefined || to !== undefined))
    return { ok: false, message: figuresMessages.eventAndPeriod }
  if (event !== undefined) {
    const id = event === null || !/^\d{1,10}$/.test(event) ? NaN : Number(event)
    if (!isStoredId(id)) return { ok: false, message: figuresMessages.invalidEvent }
    return { ok: true, selection: { kind: 'event', eventId: id } }
  }
  if (from === undefined || to === undefined)
    return { ok: false, message: figuresMessages.periodIncomplete }
  if (from === null || !isDate(from))
    return { ok: false, message: figuresMessages.invalidDate('von') }
  if (to === null || !isDate(to)) return { ok: false, message: figuresMessages.invalidDate('bis') }
  if (to < from) return { ok: false, message: figuresMessages.periodBackwards }
  if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > maxYears)
    return { ok: false, message: figuresMessages.periodTooLong }
  return { ok: true, selection: { kind: 'period', from, to } }
}

const nextDay = (date: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10)
}

/** The instants a period covers: from Berlin midnight of `from` to Berlin midnight after `to`. */
export const periodBounds = ({ from, to }: { from: string; to: string }) => ({
  start: berlinWallTimeToDate(from, '00:00'),
  endExclusive: berlinWallTimeToDate(nextDay(to), '00:00'),
})

/** The query string that selects the same figures again (for the CSV link). */
export const selectionQuery = (selection: FiguresSelection) =>
  new URLSearchParams(
    selection.kind === 'event'
      ? { [selectionParams.event]: String(selection.eventId) }
      : { [selectionParams.from]: selection.from, [selectionParams.to]: selection.to },
  ).toString()
