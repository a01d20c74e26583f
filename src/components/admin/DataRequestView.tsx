import type { AdminViewServerProps } from 'payload'

import { isCoordinatorOrAdmin } from '@/access/roles'
import { collectionSlugs } from '@/config/slugs'
import { findPersonData } from '@/privacy/personDataRequest'
import { AdminPage } from './AdminPage'
import { EraseForm } from './EraseForm'
import { SubmissionTable } from './SubmissionTable'

/**
 * `/admin/datenauskunft`: answers a person's request in minutes — find everything stored about
 * an address, hand it out as JSON (Art. 15 DSGVO), or erase it (Art. 17 DSGVO).
 */
export const DataRequestView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  if (!isCoordinatorOrAdmin({ req })) return <AdminPage view={view}>{null}</AdminPage>
  const raw = view.searchParams?.email
  const email = typeof raw === 'string' ? raw.trim().slice(0, 254) : ''
  const found = email ? await findPersonData(req.payload, email, req.user) : undefined
  const records = found ? found.submissions.length + found.mails.length : 0

  return (
    <AdminPage view={view}>
      <h1>Datenauskunft und Löschung</h1>
      <p>
        Für Anfragen nach Art. 15 (Auskunft) und Art. 17 DSGVO (Löschung). Jede Auskunft und jede
        Löschung wird unter{' '}
        <a href={`/admin/collections/${collectionSlugs.dataRequests}`}>Datenschutz-Anfragen</a>{' '}
        protokolliert – ohne die Adresse oder die Daten selbst.
      </p>
      <form method="get" className="opr-search">
        <label htmlFor="opr-email">E-Mail-Adresse der Person</label>
        <input id="opr-email" name="email" type="email" defaultValue={email} required />
        <button type="submit" className="btn btn--style-secondary btn--size-medium">
          Suchen
        </button>
      </form>
      {found && (
        <section aria-labelledby="opr-found">
          <h2 id="opr-found">
            Gefunden: {found.submissions.length} Einsendungen, {found.mails.length} E-Mails
          </h2>
          {found.submissions.length > 0 && <SubmissionTable submissions={found.submissions} />}
          {records > 0 && (
            <>
              <h2>Auskunft (Art. 15 DSGVO)</h2>
              <p>
                <a
                  className="btn btn--style-primary btn--size-medium"
                  href={`/api/data-requests/document?email=${encodeURIComponent(found.email)}`}
                  target="_blank"
                  rel="noopener"
                >
                  Auskunft als Dokument öffnen (zum Drucken oder als PDF)
                </a>{' '}
                <a
                  className="btn btn--style-secondary btn--size-medium"
                  href={`/api/data-requests/export?email=${encodeURIComponent(found.email)}`}
                >
                  Alle Daten als JSON herunterladen
                </a>
              </p>
              <p>Jedes Öffnen des Dokuments und jeder Download wird protokolliert.</p>
              <EraseForm email={found.email} records={records} />
            </>
          )}
        </section>
      )}
    </AdminPage>
  )
}
