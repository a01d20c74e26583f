import type { Payload, TypedUser } from 'payload'

import { isEditorOrAdmin } from '@/access/roles'
import { type LaunchItem, launchItems } from '@/readiness/launchItems'

const groupTitles: Record<LaunchItem['kind'], string> = {
  placeholder: 'Platzhalter „bitte ergänzen“',
  fundingLogo: 'Logos im Förderhinweis',
  altText: 'Alternativtexte',
  exampleData: 'Beispieldaten',
  pastFeaturedEvent: 'Startseite',
  statementDate: 'Erklärung zur Barrierefreiheit',
  overdueBarrierReport: 'Barriere-Meldungen',
}

const kinds = Object.keys(groupTitles) as LaunchItem['kind'][]

/**
 * "Startklar?" on the dashboard of admins and editors: what still has to be settled before the
 * site goes public, each with a link to where it is settled. Green when nothing is left.
 */
export const LaunchReadiness = async ({
  payload,
  user,
}: {
  payload: Payload
  user?: TypedUser | null
}) => {
  if (!user || !isEditorOrAdmin({ user })) return null
  const items = await launchItems(payload, user)
  return (
    <section aria-labelledby="opr-ready" className="opr-ready">
      <h2 id="opr-ready">Startklar?</h2>
      {items.length === 0 ? (
        <p className="opr-ready__done">
          <strong>Alles startklar.</strong> Es sind keine offenen Punkte bekannt.
        </p>
      ) : (
        <>
          <p>
            {items.length === 1 ? 'Ein Punkt ist' : `${items.length} Punkte sind`} vor dem Start
            noch offen. Platzhalter zeigt die Website öffentlich nicht an; die Stelle bleibt dort
            leer, bis Sie sie ergänzen.
          </p>
          {kinds.map((kind) => {
            const group = items.filter((item) => item.kind === kind)
            if (!group.length) return null
            return (
              <div key={kind}>
                <h3>{groupTitles[kind]}</h3>
                <ul className="opr-ready__items">
                  {group.map((item, i) => (
                    <li key={i}>
                      {item.text}
                      {item.href && (
                        <>
                          {' '}
                          <a href={item.href}>{item.linkLabel}</a>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            )
          })}
        </>
      )}
    </section>
  )
}
