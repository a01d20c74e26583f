'use client'

import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { collectionSlugs } from '@/config/slugs'

const pollEveryMs = 4000
const finished = /^(Alle |Niemand|Test-E-Mail versendet)/

/** The outbox filtered to this notice's failed mails, in the list view's own filter format. */
const failedMailsHref = (id: number | string) =>
  `/admin/collections/${collectionSlugs.mailMessages}?where[or][0][and][0][notice][equals]=${id}&where[or][0][and][1][status][equals]=failed`

/**
 * "120 von 300 versendet", refreshed while the mails go out; at the end the result, and a link to
 * the failed ones in the outbox.
 */
export const NoticeDeliveryStatus = () => {
  const { id } = useDocumentInfo()
  const initial = useFormFields(([fields]) => fields.delivery?.value as string | undefined)
  const [line, setLine] = useState(initial)

  useEffect(() => setLine(initial), [initial])
  useEffect(() => {
    if (!id || (line && finished.test(line))) return
    const timer = setTimeout(async () => {
      const response = await fetch(`/api/${collectionSlugs.eventNotices}/${id}?depth=0`, {
        credentials: 'include',
      }).catch(() => undefined)
      const doc = await response?.json().catch(() => undefined)
      if (doc?.delivery) setLine(doc.delivery)
    }, pollEveryMs)
    return () => clearTimeout(timer)
  }, [id, line])

  if (!line) return null
  return (
    <div className="field-type opr-notice-delivery" aria-live="polite">
      <div className="field-label">Versand</div>
      <p>
        <strong>{line}</strong>
        {id && / fehlgeschlagen/.test(line) && (
          <>
            {' – '}
            <a href={failedMailsHref(id)}>im Postausgang ansehen</a>
          </>
        )}
      </p>
    </div>
  )
}
