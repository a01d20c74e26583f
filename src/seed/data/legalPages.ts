import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { markdownToRichText } from '../markdown'

// Structure only: parts marked [bitte ergänzen] need the office's or the county's legal details.
const pages = {
  impressum: {
    title: 'Impressum',
    markdown: `
## Förderung

Die Partnerschaft für Demokratie Ostprignitz-Ruppin wird im Rahmen des Bundesprogramms „Demokratie leben!“ gefördert.
`,
  },
  datenschutz: {
    title: 'Datenschutzerklärung',
    markdown: `
Hier informieren wir Sie nach Art. 13 DSGVO darüber, was mit Ihren Angaben geschieht, wenn Sie sich zu einer Veranstaltung anmelden, uns schreiben, eine Barriere melden oder Kooperationspartner:in werden.

## Verantwortliche Stelle

Landkreis Ostprignitz-Ruppin, Büro Landrat – Koordinierungs- und Fachstelle der Partnerschaft für Demokratie Ostprignitz-Ruppin, Virchowstr. 14-16, 16816 Neuruppin, E-Mail: Demokratie@opr.de, Telefon: 0157-58730872

## Datenschutzbeauftragte Person

[bitte ergänzen: Kontakt der oder des behördlichen Datenschutzbeauftragten des Landkreises]

## Zwecke und Rechtsgrundlagen

- **Anmeldung zu Veranstaltungen** (Name, E-Mail, Organisation, Personenzahl, freiwillig Kommune oder Amt, Art der Organisation und Unterstützungsbedarf): Planung und Durchführung der Veranstaltung, Warteliste, Bestätigung und Abmeldung. Rechtsgrundlage ist Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit unserer Aufgabe als Koordinierungs- und Fachstelle im Bundesprogramm „Demokratie leben!“. Sie müssen dafür nicht einwilligen.
- **Teilnahmezahlen für den Fördermittelgeber**: Aus den freiwilligen Angaben zu Kommune oder Amt und zur Art der Organisation sowie aus der Zahl der angemeldeten und anwesenden Personen erstellen wir anonyme Zahlen, die wir dem Bundesprogramm „Demokratie leben!“ berichten (Art. 6 Abs. 1 lit. e DSGVO). Die Zahlen nennen keine Personen.
- **Unterstützungsbedarf / Barrierefreiheit**: Diese freiwillige Angabe kann Gesundheitsdaten enthalten (Art. 9 DSGVO). Wir nutzen sie nur, um die Veranstaltung für Sie zugänglich zu machen.
- **Nachrichten, Barriere-Meldungen und Partnerschaftserklärungen**: Bearbeitung Ihres Anliegens (Art. 6 Abs. 1 lit. e DSGVO); Barriere-Meldungen beantworten wir nach der BbgBITV innerhalb von 30 Tagen.
- **Freiwillige Einwilligungen** (Fotos bei der Veranstaltung, weitere Informationen, öffentliche Nennung als Partnerorganisation): nur wenn Sie das jeweilige Kästchen ankreuzen (Art. 6 Abs. 1 lit. a DSGVO). Jede E-Mail an Sie enthält einen Link, mit dem Sie alle Einwilligungen jederzeit widerrufen können.
- **Schutz vor Missbrauch**: Für eine begrenzte Zeit zählen wir Einsendungen je Anschluss und je E-Mail-Adresse. Dafür speichern wir nur einen verschlüsselten Prüfwert, nie die IP-Adresse selbst.

## Empfänger

Ihre Angaben sehen nur die Mitarbeitenden der Koordinierungs- und Fachstelle. Technisch beteiligt sind als Auftragsverarbeiter der Hosting-Dienstleister der Website und Datenbank sowie der E-Mail-Dienstleister, über den wir Bestätigungen versenden: [bitte ergänzen: Namen und Sitz der Dienstleister]. Eine Übermittlung in Drittländer findet nicht statt.

## Speicherdauer

- Anmeldungen: bis 90 Tage nach der Veranstaltung. Danach bleiben nur anonyme Angaben für die Teilnahmezahlen: Personenzahl, Status, Check-in, Kommune oder Amt und Art der Organisation – ohne Name, E-Mail-Adresse oder Organisation. Beantragen Sie die Löschung Ihrer Daten, entfallen auch Kommune und Art der Organisation.
- Unterstützungsbedarf: wird direkt nach der Veranstaltung gelöscht.
- Nachrichten und Barriere-Meldungen: 180 Tage.
- Partnerschaftserklärungen: 365 Tage.

Die Löschung erfolgt automatisch jede Nacht.

## Ihre Rechte

Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Widerspruch (Art. 15 bis 21 DSGVO). Eine Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen. Schreiben Sie uns dazu an Demokratie@opr.de.

## Beschwerderecht

Sie können sich bei der Landesbeauftragten für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg beschweren: Stahnsdorfer Damm 77, 14532 Kleinmachnow, www.lda.brandenburg.de.
`,
  },
  barrierefreiheit: {
    title: 'Erklärung zur Barrierefreiheit',
    markdown: '',
  },
} as const

export type LegalPageSlug = keyof typeof pages

export const legalPageSlugs = Object.keys(pages) as LegalPageSlug[]

type Layout = NonNullable<RequiredDataFromCollectionSlug<'pages'>['layout']>

/** The Impressum's legal core as structured fields; [bitte ergänzen] marks what the county adds. */
const imprintBlock: Layout[number] = {
  blockType: 'imprint',
  publisher: 'Landkreis Ostprignitz-Ruppin',
  unit: 'Büro Landrat – Koordinierungs- und Fachstelle der Partnerschaft für Demokratie Ostprignitz-Ruppin',
  address: 'Virchowstr. 14-16\n16816 Neuruppin',
  representative: '[bitte ergänzen: Landrätin oder Landrat des Landkreises Ostprignitz-Ruppin]',
  email: 'Demokratie@opr.de',
  phone: '0157-58730872',
  responsibleForContent:
    '[bitte ergänzen: Name der verantwortlichen Person]\nVirchowstr. 14-16\n16816 Neuruppin',
}

/** The statement as of the site's own checks; the office confirms or corrects it after its review. */
const statementBlock = (assessedOn: string): Layout[number] => ({
  blockType: 'accessibilityStatement',
  scope:
    'Der Landkreis Ostprignitz-Ruppin ist bemüht, die Website der Partnerschaft für Demokratie Ostprignitz-Ruppin im Einklang mit dem Brandenburgischen Behindertengleichstellungsgesetz (BbgBGG) und der Brandenburgischen Barrierefreie-Informationstechnik-Verordnung (BbgBITV) barrierefrei zugänglich zu machen. Diese Erklärung gilt für diese Website.',
  compliance: 'partial',
  nonAccessibleParts: [
    {
      content: 'Video in Deutscher Gebärdensprache',
      reason: 'nonCompliance',
      explanation: 'Das Video wird derzeit erstellt.',
      alternative:
        'Die Inhalte stehen als Text und in Leichter Sprache bereit. Auf Wunsch beantworten wir Ihre Fragen per E-Mail oder vermitteln eine Gebärdensprachdolmetschung.',
    },
    {
      content: 'Hochgeladene PDF-Dokumente (z. B. Einladungen als Datei)',
      reason: 'nonCompliance',
      explanation: 'Ältere Dokumente sind nicht durchgängig barrierefrei aufbereitet.',
      alternative:
        'Alle wichtigen Inhalte stehen auch als Text auf der Website. Auf Anfrage senden wir Ihnen die Inhalte in einer zugänglichen Form.',
    },
  ],
  assessment: {
    assessedOn,
    reviewedOn: assessedOn,
    method: 'selfAssessment',
    methodDetails:
      'Automatisierte Prüfung aller öffentlichen Seiten mit axe-core nach WCAG 2.2 Stufe AA bei jeder Änderung der Software, ergänzt um Prüfungen mit Tastatur und Bildschirmleser. [bitte ergänzen: Ergebnis einer Prüfung durch die Koordinierungs- und Fachstelle]',
  },
  feedback: {
    text: 'Sind Ihnen Mängel beim barrierefreien Zugang zu Inhalten dieser Website aufgefallen? Oder benötigen Sie Informationen in einer barrierefreien Form? Dann melden Sie sich bitte bei uns. Wir antworten Ihnen innerhalb von 30 Tagen.',
    email: 'Demokratie@opr.de',
    phone: '0157-58730872',
  },
  enforcement: {
    text: 'Wenn Sie auf Ihre Meldung innerhalb von 30 Tagen keine zufriedenstellende Antwort erhalten haben, können Sie sich an die Durchsetzungsstelle für digitale Barrierefreiheit des Landes Brandenburg wenden. Sie prüft, ob die Vorschriften eingehalten wurden, und vermittelt zwischen Ihnen und uns. Das Verfahren ist kostenlos.',
    body: 'Durchsetzungsstelle für digitale Barrierefreiheit bei der Landesbeauftragten für die Belange der Menschen mit Behinderungen',
    address: 'Henning-von-Tresckow-Straße 2–13\n14467 Potsdam',
    email: 'durchsetzung.BIT@msgiv.brandenburg.de',
    url: 'https://msgiv.brandenburg.de/msgiv/de/beauftragte/landesbehindertenbeauftragte/durchsetzungsstelle',
  },
})

const layoutOf = async (payload: Payload, slug: LegalPageSlug, now: Date): Promise<Layout> => {
  const text = pages[slug].markdown.trim()
    ? [
        {
          blockType: 'richText' as const,
          content: await markdownToRichText(payload, pages[slug].markdown),
        },
      ]
    : []
  if (slug === 'impressum') return [imprintBlock, ...text]
  if (slug === 'barrierefreiheit') return [statementBlock(now.toISOString()), ...text]
  return text
}

export const legalPageData = async (
  payload: Payload,
  slug: LegalPageSlug,
  now = new Date(),
): Promise<RequiredDataFromCollectionSlug<'pages'>> => ({
  title: pages[slug].title,
  slug,
  _status: 'published',
  layout: await layoutOf(payload, slug, now),
})
