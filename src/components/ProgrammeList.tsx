import type { Event } from '@/payload-types'

type Props = { programme: Event['programme'] }

/** The programme as a list of times and items; times are Berlin wall-clock times. */
export const ProgrammeList = ({ programme }: Props) => {
  if (!programme?.length) return null
  return (
    <ol className="programme">
      {programme.map((item) => (
        <li key={item.id ?? item.title}>
          <span className="programme__time">
            {item.startTime}
            {item.endTime ? `–${item.endTime}` : ''} Uhr
          </span>
          <div>
            <strong>{item.title}</strong>
            {item.speakers && <p className="programme__speakers">{item.speakers}</p>}
            {item.description && <p>{item.description}</p>}
          </div>
        </li>
      ))}
    </ol>
  )
}
