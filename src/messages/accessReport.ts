/**
 * The fixed text of the Art. 15 DSGVO document a person receives: what the law asks to be told
 * besides the data itself (purposes, recipients, origin, storage period, rights, authority).
 * It follows the privacy statement the site publishes.
 */
export const accessReportMessages = {
  title: 'Auskunft nach Art. 15 DSGVO',
  intro: (email: string) =>
    `Sie haben Auskunft darüber verlangt, welche personenbezogenen Daten wir zu der E-Mail-Adresse ${email} speichern. Diese Auskunft enthält alle Einsendungen und alle E-Mails an diese Adresse, die zum Zeitpunkt der Ausstellung gespeichert waren.`,
  issuedOn: 'Ausgestellt am',
  controller: 'Verantwortliche Stelle',
  nothingStored: 'Zu dieser E-Mail-Adresse sind keine Einsendungen gespeichert.',
  recordsHeading: 'Ihre Einsendungen',
  answersHeading: 'Ihre Angaben',
  consentsHeading: 'Einwilligungen',
  historyHeading: 'Verlauf',
  mailsHeading: 'E-Mails an Sie',
  noMails: 'An diese Adresse sind keine E-Mails gespeichert.',
  purposes: {
    registration:
      'Planung und Durchführung der Veranstaltung, Warteliste, Bestätigung und Abmeldung. Rechtsgrundlage: Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit unserer Aufgabe als Koordinierungs- und Fachstelle im Bundesprogramm „Demokratie leben!“.',
    partnership:
      'Bearbeitung Ihrer Erklärung zur Kooperationspartnerschaft (Art. 6 Abs. 1 lit. e DSGVO).',
    contact: 'Bearbeitung Ihres Anliegens (Art. 6 Abs. 1 lit. e DSGVO).',
    barrier:
      'Bearbeitung Ihrer Meldung einer Barriere; wir antworten nach der BbgBITV innerhalb von 30 Tagen (Art. 6 Abs. 1 lit. e DSGVO).',
  },
  consentBasis:
    'Einwilligungen sind freiwillig (Art. 6 Abs. 1 lit. a DSGVO) und können jederzeit mit Wirkung für die Zukunft widerrufen werden.',
  supportNeedsNote:
    'Angaben zum Unterstützungsbedarf können Gesundheitsdaten sein (Art. 9 DSGVO); wir nutzen sie nur, um die Veranstaltung für Sie zugänglich zu machen.',
  mailsPurpose:
    'Die E-Mails speichern wir, um den Versand nachweisen zu können; sie werden mit der zugehörigen Einsendung gelöscht.',
  general: [
    {
      heading: 'Herkunft der Daten',
      text: 'Alle Angaben stammen von Ihnen selbst: aus den Formularen auf unserer Website. Hinzu kommen Vermerke der Koordinierungs- und Fachstelle zum Stand Ihrer Einsendung (Status, Einlass).',
    },
    {
      heading: 'Empfänger',
      text: 'Ihre Angaben sehen nur die Mitarbeitenden der Koordinierungs- und Fachstelle. Technisch beteiligt sind als Auftragsverarbeiter der Hosting-Dienstleister der Website und Datenbank sowie der E-Mail-Dienstleister. Eine Übermittlung in Drittländer findet nicht statt; eine automatisierte Entscheidungsfindung gibt es nicht.',
    },
    {
      heading: 'Speicherdauer',
      text: 'Die Löschung geschieht automatisch in der Nacht nach dem genannten Zeitpunkt; danach bleiben nur anonyme Zahlen (Art, Veranstaltung, Personenzahl, Status, Datum).',
    },
    {
      heading: 'Ihre Rechte',
      text: 'Sie haben das Recht auf Berichtigung (Art. 16 DSGVO), Löschung (Art. 17 DSGVO), Einschränkung der Verarbeitung (Art. 18 DSGVO) und Widerspruch (Art. 21 DSGVO). Eine Einwilligung können Sie jederzeit widerrufen (Art. 7 Abs. 3 DSGVO). Schreiben Sie uns dazu an die oben genannte Stelle.',
    },
    {
      heading: 'Beschwerderecht',
      text: 'Sie können sich bei der Aufsichtsbehörde beschweren: Die Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg, Stahnsdorfer Damm 77, 14532 Kleinmachnow, www.lda.brandenburg.de.',
    },
  ],
  machineReadable: 'Dieselben Daten maschinenlesbar (JSON)',
} as const
