import { formatNumericDate } from '@/domain/dates'
import { type FiguresSelection, selectableYears, selectionParams } from '@/domain/figures/selection'
import type { FiguresEvent } from '@/registration/figures'

const firstDay = `${selectableYears.first}-01-01`
const lastDay = `${selectableYears.last}-12-31`

/** Two plain GET forms: one event, or the events starting within a period (from/to, Berlin days). */
export const FiguresSelectionForm = ({
  events,
  selection,
}: {
  events: FiguresEvent[]
  selection?: FiguresSelection
}) => (
  <div className="opr-figures__selection">
    <form method="get" className="opr-search">
      <label htmlFor="opr-figures-event">Veranstaltung</label>
      <select
        id="opr-figures-event"
        name={selectionParams.event}
        required
        defaultValue={selection?.kind === 'event' ? String(selection.eventId) : ''}
      >
        <option value="">Bitte wählen</option>
        {events.map((event) => (
          <option key={event.id} value={event.id}>
            {event.title} ({formatNumericDate(event.start)})
          </option>
        ))}
      </select>
      <button type="submit" className="btn btn--style-secondary btn--size-medium">
        Veranstaltung auswerten
      </button>
    </form>
    <form method="get" className="opr-search">
      <fieldset className="opr-figures__period">
        <legend>Zeitraum (Beginn der Veranstaltungen)</legend>
        <label htmlFor="opr-figures-from">von</label>
        <input
          id="opr-figures-from"
          name={selectionParams.from}
          type="date"
          min={firstDay}
          max={lastDay}
          required
          defaultValue={selection?.kind === 'period' ? selection.from : ''}
        />
        <label htmlFor="opr-figures-to">bis</label>
        <input
          id="opr-figures-to"
          name={selectionParams.to}
          type="date"
          min={firstDay}
          max={lastDay}
          required
          defaultValue={selection?.kind === 'period' ? selection.to : ''}
        />
      </fieldset>
      <button type="submit" className="btn btn--style-secondary btn--size-medium">
        Zeitraum auswerten
      </button>
    </form>
  </div>
)
