import { collectionSlugs } from '@/config/slugs'
import { formatEventDateRange } from '@/domain/dates'
import type { OverCapacityConfirmation } from '@/registration/overCapacityConfirmations'

const personsText = (count: number) => `${count} ${count === 1 ? 'Person' : 'Personen'}`

/**
 * How far an event is booked past its seats, and (for coordinators) the recorded reasons: a
 * confirmation beyond capacity is a deliberate exception that stays visible.
 */
export const OverCapacityNote = ({
  capacity,
  confirmedPersons,
  confirmations,
}: {
  capacity: number | null
  confirmedPersons: number
  confirmations?: OverCapacityConfirmation[]
}) => {
  const over = capacity ? confirmedPersons - capacity : 0
  if (over <= 0 && !confirmations?.length) return null
  return (
    <div className="opr-overview__over-capacity">
      {over > 0 && (
        <p>
          <strong>{`${personsText(over)} über der Kapazität bestätigt`}</strong>
        </p>
      )}
      {confirmations?.length ? (
        <ul>
          {confirmations.map((entry) => (
            <li key={`${entry.submissionId}-${entry.at}`}>
              <a
                href={`/admin/collections/${collectionSlugs.formSubmissions}/${entry.submissionId}`}
              >
                {personsText(entry.persons)}
              </a>
              {` über die Kapazität bestätigt am ${formatEventDateRange(entry.at)}`}
              {entry.actor ? ` durch ${entry.actor}` : ''}
              {`: ${entry.reason ?? ''}`}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
