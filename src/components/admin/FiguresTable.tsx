import type { FigureGroup } from '@/domain/figures/aggregate'

const width = (value: number, max: number) => `${max ? Math.round((value / max) * 100) : 0}%`

/**
 * One breakdown of the figures: a table (the accessible version) and beside it the same numbers
 * as bars, hidden from screen readers because the table already says everything.
 */
export const FiguresTable = ({
  id,
  title,
  groupHeading,
  groups,
}: {
  id: string
  title: string
  groupHeading: string
  groups: FigureGroup[]
}) => {
  const max = Math.max(0, ...groups.map((group) => group.confirmedPersons))
  return (
    <section className="opr-figures__part" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="opr-figures__layout">
        <table className="opr-table opr-figures__table">
          <thead>
            <tr>
              <th scope="col">{groupHeading}</th>
              <th scope="col">Anmeldungen</th>
              <th scope="col">Bestätigte Personen</th>
              <th scope="col">Eingecheckte Personen</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.key}>
                <th scope="row">{group.label}</th>
                <td>{group.registrations}</td>
                <td>{group.confirmedPersons}</td>
                <td>{group.checkedInPersons}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="opr-figures__chart" aria-hidden="true">
          <p className="opr-figures__legend">
            <span className="opr-figures__swatch opr-figures__swatch--confirmed" /> bestätigt{' '}
            <span className="opr-figures__swatch opr-figures__swatch--checked-in" /> eingecheckt
          </p>
          {groups.map((group) => (
            <div key={group.key} className="opr-figures__row">
              <span className="opr-figures__label">{group.label}</span>
              <span className="opr-figures__bars">
                <span
                  className="opr-figures__bar opr-figures__bar--confirmed"
                  style={{ width: width(group.confirmedPersons, max) }}
                />
                <span
                  className="opr-figures__bar opr-figures__bar--checked-in"
                  style={{ width: width(group.checkedInPersons, max) }}
                />
              </span>
              <span className="opr-figures__value">
                {group.confirmedPersons} / {group.checkedInPersons}
              </span>
            </div>
          ))}
        </div>
      </div>
    </section>
  )
}
