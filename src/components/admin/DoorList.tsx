'use client'

import { useState } from 'react'

import {
  type DoorListEntry,
  doorListCounts,
  doorSearchParam,
  matchesDoorSearch,
} from '@/domain/doorList/entries'
import { doorListMessages as text } from '@/messages/doorList'
import { CheckInToggle } from './CheckInToggle'

/**
 * The list at the door: search as you type (without JavaScript the same field is a GET form),
 * counters that follow each confirmed check-in, and the table that is also the printed list.
 * Rows the search hides stay in the printout: paper always carries everyone.
 */
export const DoorList = ({
  entries: initialEntries,
  initialQuery,
}: {
  entries: DoorListEntry[]
  initialQuery: string
}) => {
  const [entries, setEntries] = useState(initialEntries)
  const [query, setQuery] = useState(initialQuery)
  const counts = doorListCounts(entries)
  const matches = entries.filter((entry) => matchesDoorSearch(entry, query))

  const store = (id: number, stored: Pick<DoorListEntry, 'checkedIn' | 'checkedInAt'>) =>
    setEntries((list) => list.map((entry) => (entry.id === id ? { ...entry, ...stored } : entry)))

  return (
    <section className="opr-door" aria-label="Teilnehmerliste">
      <p className="opr-door__counts" role="status">
        <strong>{text.counts(counts.checkedInPersons, counts.expectedPersons)}</strong> ·{' '}
        {text.registrations(counts.registrations)}
      </p>
      <form
        method="get"
        role="search"
        className="opr-door__search opr-no-print"
        onSubmit={(event) => event.preventDefault()}
      >
        <label htmlFor="opr-door-search">{text.searchLabel}</label>
        <span className="opr-door__search-row">
          <input
            id="opr-door-search"
            type="search"
            name={doorSearchParam}
            value={query}
            autoComplete="off"
            onChange={(event) => setQuery(event.target.value)}
          />
          <button type="submit" className="btn btn--style-secondary btn--size-small">
            {text.searchButton}
          </button>
        </span>
      </form>
      <table className="opr-table opr-door__table">
        <thead>
          <tr>
            <th scope="col">Nr.</th>
            <th scope="col">Name</th>
            <th scope="col">Organisation</th>
            <th scope="col">Personen</th>
            <th scope="col">Unterstützungsbedarf</th>
            <th scope="col">Check-in</th>
            <th scope="col" className="opr-door__signature">
              Unterschrift
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => (
            <tr
              key={entry.id}
              className={
                matches.includes(entry) ? 'opr-door__row' : 'opr-door__row opr-door__row--hidden'
              }
            >
              <td className="opr-door__number">{index + 1}</td>
              <th scope="row" className="opr-door__name">
                {entry.name}
              </th>
              <td className="opr-door__organisation">{entry.organisation}</td>
              <td className="opr-door__persons" data-label="Personen">
                {entry.persons}
              </td>
              <td className="opr-door__support" data-label="Unterstützungsbedarf">
                {entry.supportNeeds}
              </td>
              <td className="opr-door__checkin">
                <CheckInToggle entry={entry} onConfirmed={(stored) => store(entry.id, stored)} />
              </td>
              <td className="opr-door__signature" />
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length === 0 && <p>{text.noRegistrations}</p>}
      {entries.length > 0 && matches.length === 0 && (
        <p className="opr-no-print">{text.noMatch(query.trim())}</p>
      )}
    </section>
  )
}
