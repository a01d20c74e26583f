import type { AdminViewServerProps } from 'payload'

import { isCoordinatorOrAdmin } from '@/access/roles'
import { collectionSlugs } from '@/config/slugs'
import { parseFiguresSelection, selectionQuery } from '@/domain/figures/selection'
import { figuresMessages } from '@/messages/figures'
import { figuresEventChoices, figuresFor } from '@/registration/figures'
import { AdminPage } from './AdminPage'
import { FiguresSelectionForm } from './FiguresSelectionForm'
import { FiguresTable } from './FiguresTable'

/**
 * `/admin/auswertung`: anonymous figures of one event or a period for the funder ("Demokratie
 * leben!"): registrations, confirmed and checked-in persons, by municipality and by kind of
 * organisation, as tables, bars and CSV. Registrations emptied by the retention periods count too.
 */
export const FiguresView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  // Editors may not read registrations: answered before any query, which would fail for them.
  if (!isCoordinatorOrAdmin({ req }) || !req.user) return <AdminPage view={view}>{null}</AdminPage>
  const parsed = parseFiguresSelection((view.searchParams ?? {}) as Record<string, unknown>)
  const selection = parsed.ok === true ? parsed.selection : undefined
  const [events, result] = await Promise.all([
    figuresEventChoices(req.payload, req.user),
    selection ? figuresFor(req.payload, selection, req.user) : undefined,
  ])
  const error =
    parsed.ok === false
      ? parsed.message
      : result && !result.ok
        ? figuresMessages.unknownEvent
        : undefined

  return (
    <AdminPage view={view}>
      <article className="opr-figures">
        <h1>{figuresMessages.title}</h1>
        <p>
          Anonyme Zahlen für den Bericht an den Fördermittelgeber: Anmeldungen (bestätigt oder auf
          der Warteliste), bestätigte und eingecheckte Personen, nach Kommune und Art der
          Organisation. Anmeldungen, deren Personendaten nach der Löschfrist entfernt wurden, zählen
          weiter mit.
        </p>
        <FiguresSelectionForm events={events} selection={selection} />
        {error && (
          <p className="opr-figures__error" role="alert">
            {error}
          </p>
        )}
        {selection && result?.ok && (
          <>
            <h2>{result.subject}</h2>
            <p className="opr-participants__actions">
              <a
                className="btn btn--style-primary btn--size-medium"
                href={`/api/${collectionSlugs.formSubmissions}/auswertung.csv?${selectionQuery(selection)}`}
                download
              >
                {figuresMessages.csv}
              </a>
            </p>
            <table className="opr-table opr-figures__total">
              <caption>Gesamt</caption>
              <tbody>
                <tr>
                  <th scope="row">Anmeldungen</th>
                  <td>{result.figures.total.registrations}</td>
                </tr>
                <tr>
                  <th scope="row">Bestätigte Personen</th>
                  <td>{result.figures.total.confirmedPersons}</td>
                </tr>
                <tr>
                  <th scope="row">Eingecheckte Personen</th>
                  <td>{result.figures.total.checkedInPersons}</td>
                </tr>
              </tbody>
            </table>
            <FiguresTable
              id="opr-figures-municipality"
              title="Nach Kommune oder Amt"
              groupHeading="Kommune oder Amt"
              groups={result.figures.byMunicipality}
            />
            <FiguresTable
              id="opr-figures-organisation"
              title="Nach Art der Organisation"
              groupHeading="Art der Organisation"
              groups={result.figures.byOrganisationKind}
            />
          </>
        )}
      </article>
    </AdminPage>
  )
}
