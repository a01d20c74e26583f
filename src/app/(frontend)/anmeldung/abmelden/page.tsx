import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { formatEventDateRange } from '@/domain/dates'
import { submissionStatusLabels } from '@/domain/forms/kinds'
import { formFieldsOrNotFound } from '@/lib/actionArguments'
import { getSiteSettings, payloadClient } from '@/lib/content'
import { cancellationPath, eventPath } from '@/lib/paths'
import { cancellationMessages as text } from '@/messages/cancellation'
import { cancelByToken, findByCancellationToken } from '@/registration/cancel'
import { sendQueuedMailSoon } from '@/lib/sendMailSoon'
import { renderOrUnavailable } from '@/lib/unavailable'

type Props = { searchParams: Promise<{ token?: string | string[] }> }

export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: text.title,
  robots: { index: false, follow: false },
}

/** POST only: opening the link (GET) never changes anything. */
const cancel = async (posted: FormData) => {
  'use server'
  const token = String(formFieldsOrNotFound(posted).get('token') ?? '')
  await cancelByToken(await payloadClient(), token)
  sendQueuedMailSoon()
  redirect(`${cancellationPath}?token=${encodeURIComponent(token)}`)
}

const CancellationPage = async ({ searchParams }: Props) => {
  const raw = (await searchParams).token
  const token = Array.isArray(raw) ? raw[0] : raw
  return renderOrUnavailable(`${cancellationPath}?token=${encodeURIComponent(token ?? '')}`, () =>
    cancellationView(token),
  )
}

const cancellationView = async (token: string | undefined) => {
  const found = await findByCancellationToken(await payloadClient(), token)
  if (!found.ok) {
    const { office } = await getSiteSettings()
    const expired = found.problem === 'expired'
    return (
      <article>
        <h1>{expired ? text.expiredTitle : text.invalidTitle}</h1>
        <p>
          {expired ? text.expiredText : text.invalidText}{' '}
          <a href={`mailto:${office.email}`}>{office.email}</a>
        </p>
      </article>
    )
  }
  const { submission, event } = found
  const cancelled = submission.status === 'cancelled'
  return (
    <article>
      <h1>{cancelled ? text.doneTitle : text.title}</h1>
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
        <dt>{text.facts.status}</dt>
        <dd>{submission.status ? submissionStatusLabels[submission.status] : ''}</dd>
      </dl>
      {!cancelled && (
        <form action={cancel} className="form__actions">
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="button">
            {text.confirm}
          </button>
          <a className="button button--secondary" href={eventPath(event.slug)}>
            {text.keep}
          </a>
        </form>
      )}
    </article>
  )
}

export default CancellationPage
