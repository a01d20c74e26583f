import type { Metadata } from 'next'

import { formatEventDateRange } from '@/domain/dates'
import { submissionStatusLabels } from '@/domain/forms/kinds'
import { changeRefusal, changesEndAt } from '@/domain/registration/selfService'
import { getSiteSettings, payloadClient } from '@/lib/content'
import { cancellationPath, eventPath } from '@/lib/paths'
import { cancellationMessages as text } from '@/messages/cancellation'
import { findByCancellationToken } from '@/registration/cancel'
import { changeableFieldsOf } from '@/registration/changeRegistration'
import { renderOrUnavailable } from '@/components/renderGuards'
import { cancelRegistrationAction } from './actions'
import { ChangeForm } from './ChangeForm'

type Props = {
  searchParams: Promise<{ token?: string | string[]; ergebnis?: string | string[] }>
}

export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: text.title,
  robots: { index: false, follow: false },
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** "Ihre Anmeldung": the page behind the link in every registration mail (GET changes nothing). */
const RegistrationPage = async ({ searchParams }: Props) => {
  const params = await searchParams
  const token = first(params.token)
  const result = first(params.ergebnis)
  return renderOrUnavailable(`${cancellationPath}?token=${encodeURIComponent(token ?? '')}`, () =>
    registrationView(token, result),
  )
}

const OfficeMail = async () => {
  const { office } = await getSiteSettings()
  return <a href={`mailto:${office.email}`}>{office.email}</a>
}

const registrationView = async (token: string | undefined, result: string | undefined) => {
  const found = await findByCancellationToken(await payloadClient(), token)
  if (!found.ok) {
    const expired = found.problem === 'expired'
    return (
      <article>
        <h1>{expired ? text.expiredTitle : text.invalidTitle}</h1>
        <p>
          {expired ? text.expiredText : text.invalidText} <OfficeMail />
        </p>
      </article>
    )
  }
  const { submission, event } = found
  const cancelled = submission.status === 'cancelled'
  const refusal = changeRefusal(event, submission.status, new Date())
  const fields = changeableFieldsOf(submission)
  const until = formatEventDateRange(changesEndAt(event).toISOString())
  const canCancel = submission.status === 'confirmed' || submission.status === 'waitlisted'
  const current = Object.fromEntries(
    fields.map((field) => [
      field.name,
      String((field.column === 'persons' ? submission.persons : submission.supportNeeds) ?? ''),
    ]),
  )
  const permalink = `${cancellationPath}?token=${encodeURIComponent(token ?? '')}`
  return (
    <article>
      <h1>{cancelled ? text.doneTitle : text.title}</h1>
      {result === 'geaendert' && !cancelled && (
        <p className="notice" role="status">
          {text.changed}
        </p>
      )}
      {result === 'unveraendert' && !cancelled && (
        <p className="notice" role="status">
          {text.unchanged}
        </p>
      )}
      <p>{cancelled ? text.doneText : text.intro}</p>
      <dl className="facts">
        <dt>{text.facts.event}</dt>
        <dd>
          <a href={eventPath(event.slug)}>{event.title}</a>
        </dd>
        <dt>{text.facts.when}</dt>
        <dd>{formatEventDateRange(event.start, event.end)}</dd>
        {submission.name && (
          <>
            <dt>{text.facts.name}</dt>
            <dd>{submission.name}</dd>
          </>
        )}
        <dt>{text.facts.persons}</dt>
        <dd>{submission.persons ?? 1}</dd>
        {submission.supportNeeds && (
          <>
            <dt>{text.facts.supportNeeds}</dt>
            <dd>{submission.supportNeeds}</dd>
          </>
        )}
        <dt>{text.facts.status}</dt>
        <dd>{submission.status ? submissionStatusLabels[submission.status] : ''}</dd>
        {!refusal && fields.length > 0 && (
          <>
            <dt>{text.facts.changesUntil}</dt>
            <dd>{until}</dd>
          </>
        )}
      </dl>
      {!cancelled && (
        <section aria-labelledby="aendern-titel">
          <h2 id="aendern-titel">{text.changeTitle}</h2>
          {refusal ? (
            <p>
              {text.changeRefused[refusal]} <OfficeMail />
            </p>
          ) : fields.length === 0 ? (
            <p>{text.noChangeableFields}</p>
          ) : (
            <>
              <p>{text.changeIntro(until)}</p>
              <ChangeForm
                token={token ?? ''}
                formId={typeof submission.form === 'object' ? submission.form.id : 0}
                fields={fields}
                current={current}
                permalink={permalink}
              />
            </>
          )}
        </section>
      )}
      {canCancel && refusal !== 'eventCancelled' && (
        <section aria-labelledby="abmelden-titel">
          <h2 id="abmelden-titel">{text.cancelTitle}</h2>
          <p>{text.cancelIntro}</p>
          <form action={cancelRegistrationAction} className="form__actions">
            <input type="hidden" name="token" value={token} />
            <button type="submit" className="button" name="abmelden" value="ja">
              {text.confirm}
            </button>
            <a className="button button--secondary" href={eventPath(event.slug)}>
              {text.keep}
            </a>
          </form>
        </section>
      )}
    </article>
  )
}

export default RegistrationPage
