import { collectionSlugs } from '@/config/slugs'
import { formatDate } from '@/domain/dates'
import { daysUntilDue } from '@/domain/feedback/barrierReports'
import type { FormSubmission } from '@/payload-types'

const dueText = (dueAt: string, now: Date) => {
  const days = daysUntilDue(new Date(dueAt), now)
  if (days < 0) return `überfällig seit ${-days} ${-days === 1 ? 'Tag' : 'Tagen'}`
  if (days === 0) return 'heute fällig'
  return `noch ${days} ${days === 1 ? 'Tag' : 'Tage'}`
}

/** BbgBITV feedback: every open report with its 30-day answer deadline, until it is answered. */
export const BarrierReports = ({
  reports,
  now = new Date(),
}: {
  reports: FormSubmission[]
  now?: Date
}) => (
  <section aria-labelledby="opr-barriers">
    <h2 id="opr-barriers">Offene Barriere-Meldungen</h2>
    {reports.length === 0 ? (
      <p>Keine – alle gemeldeten Barrieren sind beantwortet.</p>
    ) : (
      <>
        <p>Bitte innerhalb der Frist antworten und die Meldung danach auf „erledigt“ setzen.</p>
        <ul className="opr-overview__barriers">
          {reports.map((report) => {
            const overdue = report.dueAt ? daysUntilDue(new Date(report.dueAt), now) < 0 : false
            return (
              <li key={report.id} className={overdue ? 'opr-overview__overdue' : undefined}>
                <a href={`/admin/collections/${collectionSlugs.formSubmissions}/${report.id}`}>
                  {report.pageReference || 'Ohne Seitenangabe'}
                </a>{' '}
                – eingegangen {formatDate(report.createdAt)}
                {report.dueAt && (
                  <>
                    , Antwort bis {formatDate(report.dueAt)} (
                    <strong>{dueText(report.dueAt, now)}</strong>)
                  </>
                )}
              </li>
            )
          })}
        </ul>
      </>
    )}
  </section>
)
