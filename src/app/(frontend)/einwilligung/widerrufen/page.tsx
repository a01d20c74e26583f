import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { formatDate } from '@/domain/dates'
import { consentPurposeLabels, type ConsentPurpose } from '@/domain/forms/definition'
import { formFieldsOrNotFound } from '@/lib/actionArguments'
import { getSiteSettings, payloadClient } from '@/lib/content'
import { consentRevocationPath } from '@/lib/paths'
import { renderOrUnavailable } from '@/components/renderGuards'
import { consentMessages as text } from '@/messages/consents'
import { findByConsentToken, revokeConsentsByToken } from '@/privacy/consents'

type Props = { searchParams: Promise<{ token?: string | string[] }> }

export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: text.title,
  robots: { index: false, follow: false },
}

/** POST only: opening the link (GET) never changes anything. */
const revoke = async (posted: FormData) => {
  'use server'
  const token = String(formFieldsOrNotFound(posted).get('token') ?? '')
  await revokeConsentsByToken(await payloadClient(), token)
  redirect(`${consentRevocationPath}?token=${encodeURIComponent(token)}`)
}

const ConsentRevocationPage = async ({ searchParams }: Props) => {
  const raw = (await searchParams).token
  const token = Array.isArray(raw) ? raw[0] : raw
  return renderOrUnavailable(
    `${consentRevocationPath}?token=${encodeURIComponent(token ?? '')}`,
    () => revocationView(token),
  )
}

const revocationView = async (token: string | undefined) => {
  const found = await findByConsentToken(await payloadClient(), token)
  if (!found.ok) {
    const { office } = await getSiteSettings()
    return (
      <article>
        <h1>{text.invalidTitle}</h1>
        <p>
          {text.invalidText} <a href={`mailto:${office.email}`}>{office.email}</a>
        </p>
      </article>
    )
  }
  const consents = found.submission.consents ?? []
  if (!consents.length)
    return (
      <article>
        <h1>{text.noneTitle}</h1>
        <p>{text.noneText}</p>
      </article>
    )
  const allRevoked = consents.every((consent) => consent.revokedAt)
  return (
    <article>
      <h1>{allRevoked ? text.doneTitle : text.title}</h1>
      <p>{allRevoked ? text.doneText : text.intro}</p>
      <ul>
        {consents.map((consent, index) => (
          <li key={consent.id ?? index}>
            <strong>
              {consentPurposeLabels[consent.purpose as ConsentPurpose] ?? consent.purpose}
            </strong>
            {': '}„{consent.wording}“ (
            {consent.grantedAt ? text.given(formatDate(consent.grantedAt)) : ''}
            {consent.revokedAt ? `, ${text.revoked(formatDate(consent.revokedAt))}` : ''})
          </li>
        ))}
      </ul>
      {!allRevoked && (
        <form action={revoke} className="form__actions">
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="button">
            {text.confirm}
          </button>
        </form>
      )}
    </article>
  )
}

export default ConsentRevocationPage
