/** Fixed visitor-facing strings of the public site; editor-maintained text lives in the CMS. */
export const messages = {
  skipLink: 'Zum Inhalt springen',
  mainNavigation: 'Hauptnavigation',
  footerNavigation: 'Weitere Links',
  events: 'Veranstaltungen',
  partners: 'Partner:innen',
  upcomingEvents: 'Kommende Veranstaltungen',
  pastEvents: 'Vergangene Veranstaltungen',
  noUpcomingEvents: 'Zurzeit sind keine Veranstaltungen geplant.',
  when: 'Wann',
  where: 'Wo',
  online: 'Online',
  addToCalendar: 'In den Kalender',
  addToCalendarHint: 'Termin als Kalenderdatei (.ics) herunterladen',
  showOnMap: 'Auf der Karte zeigen (OpenStreetMap)',
  programme: 'Programm',
  contact: 'Kontakt',
  email: 'E-Mail',
  phone: 'Telefon',
  moreAboutEvent: 'Mehr zur Veranstaltung',
  statusCancelled: 'Diese Veranstaltung ist abgesagt.',
  statusPostponed: 'Diese Veranstaltung wird verschoben.',
  cancelledExplanation:
    'Alle Anmeldungen sind storniert; die Angemeldeten wurden informiert. Eine Anmeldung ist nicht mehr möglich.',
  postponedExplanation:
    'Bestehende Anmeldungen bleiben gültig. Wir informieren alle Angemeldeten, sobald der neue Termin feststeht.',
  exampleData: 'Beispieldaten',
  registration: 'Anmeldung',
  registrationDeadline: 'Anmeldeschluss',
  fundingLine: (ministry: string, programme: string) =>
    `Gefördert vom ${ministry} im Rahmen des Bundesprogramms „${programme}“`,
  partnersIntro: 'Diese Organisationen engagieren sich im „Bündnis für OPR“.',
  noPartners: 'Noch sind keine Partnerorganisationen eingetragen.',
  partnerWebsite: (name: string) => `Website von ${name}`,
  notFoundTitle: 'Seite nicht gefunden',
  notFoundText:
    'Die gesuchte Seite gibt es nicht (mehr). Vielleicht hilft Ihnen einer dieser Links:',
  errorTitle: 'Etwas ist schiefgegangen',
  errorText:
    'Die Seite konnte gerade nicht geladen werden. Bitte versuchen Sie es in einigen Minuten erneut.',
  tryAgain: 'Erneut versuchen',
  refusedPost: {
    tooLarge: {
      title: 'Eingaben zu umfangreich',
      text: 'Ihre Eingaben sind zu umfangreich und wurden nicht gespeichert. Bitte kürzen Sie Ihren Text und versuchen Sie es erneut.',
    },
    malformed: {
      title: 'Formular nicht verarbeitet',
      text: 'Das Formular kam unvollständig oder beschädigt an und wurde nicht gespeichert. Bitte laden Sie die Seite neu und versuchen Sie es erneut.',
    },
    crossSite: {
      title: 'Formular nicht verarbeitet',
      text: 'Das Formular wurde nicht von unserer Website aus abgeschickt und deshalb nicht verarbeitet. Bitte öffnen Sie die Seite direkt auf unserer Website und versuchen Sie es dort erneut.',
    },
    back: 'Zurück zum Formular',
  },
  accessibleOffers: 'Angebote in Leichter Sprache und Gebärdensprache',
  easyLanguage: 'Leichte Sprache',
  signLanguage: 'Gebärdensprache',
  reportBarrier: 'Barriere melden',
  unavailableTitle: 'Vorübergehend nicht erreichbar',
  unavailableText:
    'Diese Seite kann gerade nicht geladen werden. Bitte versuchen Sie es in einigen Minuten erneut.',
  backHome: 'Zur Startseite',
  previewBanner: 'Vorschau: Sie sehen unveröffentlichte Änderungen.',
  endPreview: 'Vorschau beenden',
} as const
