import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { barrierReportSlug, easyLanguageSlug, signLanguageSlug } from '@/lib/paths'
import { markdownToRichText } from '../markdown'

type PageData = RequiredDataFromCollectionSlug<'pages'>

/** The feedback form of the accessibility statement, linked from every page's footer. */
export const barrierReportPageData = async (
  payload: Payload,
  formId: number,
): Promise<PageData> => ({
  title: 'Barriere melden',
  slug: barrierReportSlug,
  _status: 'published',
  layout: [
    {
      blockType: 'richText',
      content: await markdownToRichText(
        payload,
        'Sie sind auf dieser Website auf eine Barriere gestoßen – etwa ein Inhalt, den Sie nicht lesen, hören oder bedienen können? Bitte sagen Sie es uns. Wir antworten Ihnen innerhalb von 30 Tagen. Sie können uns auch eine E-Mail an Demokratie@opr.de schreiben oder uns anrufen: 0157-58730872.',
      ),
    },
    { blockType: 'formBlock', form: formId, heading: 'Ihre Meldung' },
  ],
})

// BITV 2.0 § 4 with Anlage 2: what the site offers, how to find one's way, and the essentials of
// the accessibility statement, in Leichte Sprache (short sentences, one statement each, hyphenated
// compounds with a middle dot or hyphen for readability).
const easyLanguage = `
## Was finden Sie auf dieser Internet-Seite?

Diese Internet-Seite ist von der **Partnerschaft für Demokratie Ostprignitz-Ruppin**.

Wir sind eine Gruppe von Menschen und Vereinen im Land-Kreis Ostprignitz-Ruppin.

Wir setzen uns für Demokratie ein.

Demokratie bedeutet: Alle Menschen dürfen mit-bestimmen.

Auf dieser Internet-Seite finden Sie:

- Einladungen zu Treffen und Veranstaltungen.
- Wann und wo die Treffen sind.
- Wie Sie sich für ein Treffen anmelden.
- Welche Vereine und Gruppen mit-machen.
- Wie Sie uns schreiben können.

## Wie finden Sie sich auf der Seite zurecht?

Oben auf jeder Seite ist ein Menü.

Dort finden Sie die wichtigsten Seiten:

- **Veranstaltungen**: Hier stehen alle Treffen.
- **Partner**: Hier stehen die Vereine und Gruppen.

Ganz unten auf jeder Seite stehen:

- Unsere Adresse und Telefon-Nummer.
- Der Link **Barriere melden**.
- Das Impressum. Dort steht, wer für die Seite verantwortlich ist.
- Der Daten-Schutz. Dort steht, was wir mit Ihren Daten machen.

Sie können die Seite auch nur mit der Tastatur benutzen.

Mit der Tab-Taste springen Sie von Link zu Link.

## Barriere-Freiheit

Die Internet-Seite soll für alle Menschen gut zu benutzen sein.

Das nennt man: barriere-frei.

Die Seite ist schon zum großen Teil barriere-frei.

Aber noch nicht ganz.

Zum Beispiel fehlt noch ein Video in Gebärden-Sprache.

Mehr dazu steht in der **Erklärung zur Barriere-Freiheit**.

## Haben Sie ein Problem mit der Seite?

Dann schreiben Sie uns.

Zum Beispiel mit dem Formular **Barriere melden**.

Oder per E-Mail: Demokratie@opr.de

Oder rufen Sie uns an: 0157-58730872

Wir antworten Ihnen in 30 Tagen.

Sie bekommen keine Antwort?

Oder Sie sind mit der Antwort nicht zufrieden?

Dann können Sie sich bei der **Durchsetzungs-Stelle** vom Land Brandenburg beschweren.

Die Durchsetzungs-Stelle hilft Ihnen.

Das kostet nichts.
`

export const easyLanguagePageData = async (payload: Payload): Promise<PageData> => ({
  title: 'Leichte Sprache',
  slug: easyLanguageSlug,
  _status: 'published',
  layout: [{ blockType: 'richText', content: await markdownToRichText(payload, easyLanguage) }],
})

const signLanguageText = `
Auf dieser Seite erklären wir in Deutscher Gebärdensprache:

- was die Partnerschaft für Demokratie Ostprignitz-Ruppin ist und was Sie auf dieser Website finden,
- wie Sie sich auf der Website zurechtfinden,
- was in der Erklärung zur Barrierefreiheit steht und wie Sie uns eine Barriere melden.

Sie möchten mit uns in Gebärdensprache sprechen oder benötigen eine Gebärdensprachdolmetschung für eine Veranstaltung? Schreiben Sie uns an Demokratie@opr.de.
`

export const signLanguagePageData = async (payload: Payload): Promise<PageData> => ({
  title: 'Informationen in Deutscher Gebärdensprache',
  slug: signLanguageSlug,
  _status: 'published',
  layout: [
    { blockType: 'richText', content: await markdownToRichText(payload, signLanguageText) },
    {
      blockType: 'signLanguageVideo',
      title: 'Die Website in Deutscher Gebärdensprache',
      pendingNotice:
        'Hinweis: Das Video in Deutscher Gebärdensprache wird derzeit erstellt und von der Koordinierungs- und Fachstelle hier ergänzt. Bis dahin finden Sie die Inhalte als Text und in Leichter Sprache.',
    },
  ],
})
