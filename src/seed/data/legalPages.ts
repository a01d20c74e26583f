import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { markdownToRichText } from '../markdown'

// Structure only: parts marked [bitte ergänzen] need the office's or the county's legal details.
const pages = {
  impressum: {
    title: 'Impressum',
    markdown: `
## Herausgeber

Landkreis Ostprignitz-Ruppin
Büro Landrat – Koordinierungs- und Fachstelle der Partnerschaft für Demokratie Ostprignitz-Ruppin
Virchowstr. 14-16
16816 Neuruppin

## Vertreten durch

[bitte ergänzen: Landrätin oder Landrat des Landkreises Ostprignitz-Ruppin]

## Kontakt

E-Mail: Demokratie@opr.de
Telefon: 0157-58730872

## Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV

[bitte ergänzen: Name und Anschrift der verantwortlichen Person]

## Förderung

Die Partnerschaft für Demokratie Ostprignitz-Ruppin wird im Rahmen des Bundesprogramms „Demokratie leben!“ gefördert.
`,
  },
  datenschutz: {
    title: 'Datenschutzerklärung',
    markdown: `
## Verantwortliche Stelle

Landkreis Ostprignitz-Ruppin, Büro Landrat, Virchowstr. 14-16, 16816 Neuruppin, E-Mail: Demokratie@opr.de

## Datenschutzbeauftragte Person

[bitte ergänzen: Kontakt der oder des behördlichen Datenschutzbeauftragten]

## Zwecke und Rechtsgrundlagen

Wir verarbeiten personenbezogene Daten, um Veranstaltungen zu organisieren und Ihre Anfragen zu beantworten (Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit unserer Aufgabe als Koordinierungs- und Fachstelle).

## Empfänger

[bitte ergänzen: Hosting- und E-Mail-Dienstleister als Auftragsverarbeiter]

## Speicherdauer

[bitte ergänzen: Fristen für Anmeldungen und Nachrichten]

## Ihre Rechte

Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Widerspruch (Art. 15 bis 21 DSGVO).

## Beschwerderecht

Sie können sich bei der Landesbeauftragten für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg beschweren.
`,
  },
  barrierefreiheit: {
    title: 'Erklärung zur Barrierefreiheit',
    markdown: `
Der Landkreis Ostprignitz-Ruppin ist bemüht, diese Website im Einklang mit der Brandenburgischen Barrierefreie-Informationstechnik-Verordnung (BbgBITV) barrierefrei zugänglich zu machen.

## Stand der Vereinbarkeit mit den Anforderungen

[bitte ergänzen: vollständig, teilweise oder nicht vereinbar]

## Nicht barrierefreie Inhalte

[bitte ergänzen: bekannte Einschränkungen, Gründe und barrierefreie Alternativen]

## Erstellung dieser Erklärung

[bitte ergänzen: Datum und Methode der Bewertung]

## Feedback und Kontakt

Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Schreiben Sie uns an Demokratie@opr.de.

## Durchsetzungsverfahren

[bitte ergänzen: Kontakt der zuständigen Durchsetzungsstelle des Landes Brandenburg]
`,
  },
} as const

export type LegalPageSlug = keyof typeof pages

export const legalPageSlugs = Object.keys(pages) as LegalPageSlug[]

export const legalPageData = async (
  payload: Payload,
  slug: LegalPageSlug,
): Promise<RequiredDataFromCollectionSlug<'pages'>> => ({
  title: pages[slug].title,
  slug,
  _status: 'published',
  layout: [
    { blockType: 'richText', content: await markdownToRichText(payload, pages[slug].markdown) },
  ],
})
