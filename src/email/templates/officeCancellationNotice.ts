import { formatEventDateRange } from '@/domain/dates'
import type { FormSubmission } from '@/payload-types'
import {
  factsHtml,
  factsText,
  htmlDocument,
  type MailFact,
  oneLine,
  paragraphsHtml,
} from '../compose'
import type { RenderedMail, SubmissionMailInput } from './submissionMail'

/** Staff sign in to cancel; a person's own cancellation (through their link) has no account. */
const cancelledByOffice = (submission: FormSubmission) => {
  const last = [...(submission.statusHistory ?? [])].reverse().find((e) => e.to === 'cancelled')
  return last?.by != null
}

/**
 * To the office when a registration is cancelled, so it sees movement: which event, how many
 * persons, by whom, and the seats now. No name, no address, no support needs.
 */
export const officeCancellationNotice = ({
  submission,
  event,
  seats,
  links,
}: SubmissionMailInput): RenderedMail => {
  const title = event?.title ?? 'Veranstaltung'
  const facts: MailFact[] = [
    { label: 'Veranstaltung', value: title },
    ...(event ? [{ label: 'Wann', value: formatEventDateRange(event.start, event.end) }] : []),
    { label: 'Personen', value: String(submission.persons ?? 1) },
    {
      label: 'Storniert durch',
      value: cancelledByOffice(submission)
        ? 'die Koordinierungsstelle (Verwaltung)'
        : 'die angemeldete Person (Link in der E-Mail)',
    },
    ...(seats
      ? [
          {
            label: 'Freie Plätze jetzt',
            value: seats.left === null ? 'unbegrenzt' : String(seats.left),
          },
          { label: 'Personen auf der Warteliste', value: String(seats.waitlistedPersons) },
        ]
      : []),
    { label: 'Ansehen', value: 'Einsendung im Verwaltungsbereich öffnen', href: links.admin },
  ]
  const subject = oneLine(`Abmeldung: ${title}`)
  const intro = 'Eine Anmeldung wurde storniert.'
  return {
    subject,
    text: [intro, factsText(facts)].join('\n\n'),
    html: htmlDocument(subject, [paragraphsHtml(intro), factsHtml(facts)].join('\n')),
  }
}
