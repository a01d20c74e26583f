/** Fixed texts around the site's forms; the forms' own labels and wording come from the CMS. */
export const formMessages = {
  submit: 'Absenden',
  submitting: 'Wird gesendet …',
  requiredHint: 'Pflichtfelder sind mit * gekennzeichnet.',
  required: 'Pflichtfeld',
  honeypotLabel: 'Website (bitte leer lassen)',
  summaryTitle: (count: number) =>
    count === 1 ? 'Bitte korrigieren Sie 1 Angabe:' : `Bitte korrigieren Sie ${count} Angaben:`,
  problemTitle: 'Ihre Einsendung wurde nicht gespeichert',
  failed:
    'Ihre Angaben konnten gerade nicht gespeichert werden. Bitte versuchen Sie es in einigen Minuten erneut – Ihre Eingaben sind noch da.',
  rateLimitedTitle: 'Zu viele Anfragen',
  rateLimitedBack: 'Zurück zum Formular',
  unavailable:
    'Das Formular ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.',
  privacyBeforeLink: 'Wie wir Ihre Angaben verarbeiten, wozu und wie lange, erklären unsere ',
  privacyLink: 'Datenschutzhinweise',
  privacyAfterLink: ' (Art. 13 DSGVO).',
  seatsLeft: (left: number) =>
    left === 1 ? 'Noch 1 Platz frei.' : `Noch ${left.toLocaleString('de-DE')} Plätze frei.`,
  fullWaitlist:
    'Alle Plätze sind vergeben. Sie können sich trotzdem anmelden und kommen auf die Warteliste; wird ein Platz frei, rücken Sie automatisch nach.',
  fullNow: 'Damit sind alle Plätze vergeben.',
  deadline: (date: string) => `Anmeldeschluss: ${date}`,
  result: {
    confirmed: {
      title: 'Vielen Dank – Ihre Anmeldung ist bestätigt',
      // one or several persons: the sentence must fit both
      text: 'Ihre Teilnahme ist gesichert.',
    },
    waitlisted: {
      title: 'Vielen Dank – Sie stehen auf der Warteliste',
      text: 'Alle Plätze sind vergeben. Sobald ein Platz frei wird, rücken Sie automatisch nach und erhalten eine Bestätigung per E-Mail.',
    },
  },
  /** Stored and nothing more to tell: the heading names what arrived, per kind of form. */
  received: {
    registration: {
      title: 'Vielen Dank – Ihre Anmeldung ist angekommen',
      text: 'Wir melden uns so bald wie möglich bei Ihnen.',
    },
    partnership: {
      title: 'Vielen Dank – Ihre Erklärung zur Kooperationspartnerschaft ist angekommen',
      text: 'Wir melden uns bei Ihnen, um alles Weitere zu besprechen.',
    },
    contact: {
      title: 'Vielen Dank – Ihre Nachricht ist angekommen',
      text: 'Wir melden uns so bald wie möglich bei Ihnen.',
    },
    barrier: {
      title: 'Vielen Dank – Ihre Meldung einer Barriere ist angekommen',
      text: 'Wir melden uns so bald wie möglich bei Ihnen.',
    },
  },
  mailSent:
    'Wir haben Ihnen eine E-Mail an die angegebene Adresse geschickt. Sie enthält alle Angaben und einen Link, mit dem Sie Ihre Anmeldung ändern oder sich abmelden können.',
  mailSentReceipt: 'Eine Eingangsbestätigung ist per E-Mail unterwegs.',
} as const
