/** How far the mails of one notice have got, counted from its outbox rows. */
export type NoticeDelivery = {
  informed: boolean
  test: boolean
  queued: boolean
  /** the job that writes the mails gave up (its tries used up, or abandoned too often) */
  preparationFailed: boolean
  /** outbox rows of the notice: one per person */
  total: number
  sent: number
  failed: number
  /** not sent because the person is no longer registered */
  skipped: number
}

export const noticeDeliveryDone = (d: NoticeDelivery) =>
  d.queued && d.sent + d.failed + d.skipped >= d.total

/** "120 von 300 versendet", and at the end "Alle 300 versendet" or what went wrong. */
export const noticeDeliveryLine = (d: NoticeDelivery): string => {
  if (d.test) return d.sent ? 'Test-E-Mail versendet' : 'Test-E-Mail wird versendet …'
  if (!d.informed) return 'Niemand benachrichtigt (nur vermerkt)'
  if (!d.queued && d.preparationFailed)
    return 'Nicht versendet: Die Vorbereitung ist gescheitert. Bitte legen Sie die Mitteilung neu an.'
  if (!d.queued) return 'Wird vorbereitet …'
  if (d.total === 0) return 'Niemand zu benachrichtigen'
  const parts = [
    noticeDeliveryDone(d) && d.sent === d.total
      ? `Alle ${d.total} versendet`
      : `${d.sent} von ${d.total} versendet`,
  ]
  if (d.failed) parts.push(`${d.failed} fehlgeschlagen`)
  if (d.skipped) parts.push(`${d.skipped} entfallen (nicht mehr angemeldet)`)
  return parts.join(', ')
}
