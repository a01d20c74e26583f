import { escapeHtml } from '@/domain/html'
import {
  factsHtml,
  factsText,
  htmlDocument,
  type MailFact,
  oneLine,
  paragraphsHtml,
} from '../compose'
import { type RenderedMail, signature, type SubmissionMailInput } from './submissionMail'

/**
 * To the person who declared the partnership, once, when the organisation first appears on the
 * partner page: where to see it, and that the consent to be named can be withdrawn at any time.
 */
export const partnerListedMail = ({
  submission,
  settings,
  links,
}: SubmissionMailInput): RenderedMail => {
  const organisation = submission.organisation?.trim() || 'Ihre Organisation'
  const subject = oneLine(`${organisation} ist jetzt als Kooperationspartner:in genannt`)
  const greeting = submission.name?.trim() ? `Guten Tag ${submission.name.trim()},` : 'Guten Tag,'
  const intro = `${greeting}\n\nvielen Dank für Ihre Erklärung zur Kooperationspartnerschaft im „Bündnis für OPR“. Wie von Ihnen erlaubt, nennen wir ${organisation} ab sofort auf unserer Website als Kooperationspartner:in.`
  const facts: MailFact[] = links.partners
    ? [
        {
          label: 'Partnerseite',
          value: 'Alle Kooperationspartner:innen ansehen',
          href: links.partners,
        },
      ]
    : []
  const consentLine = links.consents
    ? 'Sie können Ihre Einwilligung, genannt zu werden, jederzeit mit Wirkung für die Zukunft widerrufen; dann nehmen wir den Eintrag sofort von der Website:'
    : undefined
  const text = [
    intro,
    facts.length ? factsText(facts) : '',
    consentLine ? `${consentLine}\n${links.consents}` : '',
    signature(settings),
  ]
    .filter(Boolean)
    .join('\n\n')
  const html = htmlDocument(
    subject,
    [
      paragraphsHtml(intro),
      facts.length ? factsHtml(facts) : '',
      consentLine
        ? `<p>${escapeHtml(consentLine)}<br><a href="${escapeHtml(links.consents!)}">Einwilligung widerrufen</a></p>`
        : '',
      paragraphsHtml(signature(settings).replace(/\n/, '\n\n')),
    ].join('\n'),
  )
  return { subject, text, html }
}
