import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { markdownToRichText } from '../markdown'

// The invitation letter "Auftaktkonferenz Bündnis für OPR", as the office wrote it.
const letterOpening = `
Sehr geehrte Damen und Herren, liebe Freund:innen der Demokratie,

ab 2025 geht die **Partnerschaft für Demokratie des Landkreises OPR** in eine neue Förderperiode.

Die **Partnerschaft für Demokratie Ostprignitz-Ruppin** ist Teil des Programms „Demokratie leben!“ des Bundesministeriums für Familie, Senioren, Frauen und Jugend. Sie fördert vielfältiges, respektvolles Zusammenleben und steht gegen jede Form von Demokratiefeindlichkeit und Extremismus.

OPR steht für Demokratie, Toleranz und Vielfalt.

Im partnerschaftlichen Zusammenwirken von kommunaler Verwaltung und Zivilgesellschaft wollen wir gemeinsam mit Ihnen eine lebendige und vielfältige Demokratie vor Ort, Kulturen der Kooperation, des respektvollen Miteinanders und der gegenseitigen Unterstützung und Wertschätzung gestalten, sowie die Entwicklung eines demokratischen Gemeinwesens unter aktiver Beteiligung der Einwohner:innen nachhaltig unterstützen.

Gemeinsam können wir besser auf aktuelle gesellschaftliche Herausforderungen reagieren, aufmerksam sein und Bedarfe erkennen, sowie Maßnahmen und Projekte entwickeln. Der regionale Austausch von staatlichen Institutionen, Verwaltung und Zivilgesellschaft ist hierfür ein wichtiger Teil der Umsetzung, um voneinander zu lernen und miteinander zu gestalten.

Wir laden Sie herzlich ein, Kooperationspartner:in im „Bündnis für OPR“ zu werden.
`

const alliance = `
Das „**Bündnis für OPR**“ soll die Schnittstelle einer zielgerichteten, strategischen Zusammenarbeit aller vor Ort relevanten Akteur:innen für ein tolerantes Miteinander und gesellschaftliche Vielfalt sein, um unsere Region nachhaltig fit für die Zukunft zu gestalten.

## Unsere Ziele

**Demokratie fördern – Vielfalt gestalten – Extremismus vorbeugen** bleiben unsere Ziele.

Wenn Sie Fragen, Ideen oder Anregungen dazu haben, melden Sie sich gerne. Wir freuen uns auf perspektivenreichen Austausch mit Ihnen.
`

const signature = `
Mit freundlichen Grüßen

gez. Julica Norouzi

Koordinations- und Fachstelle der Partnerschaft für Demokratie OPR
`

type HomeLinks = {
  kickoffEventId: number
  forms: { registration: number; partnership: number; contact: number }
}

export const homePageData = async (
  payload: Payload,
  { kickoffEventId, forms }: HomeLinks,
): Promise<RequiredDataFromCollectionSlug<'pages'>> => ({
  title: 'Bündnis für OPR',
  slug: 'home',
  _status: 'published',
  layout: [
    {
      blockType: 'hero',
      eyebrow: 'Partnerschaft für Demokratie Ostprignitz-Ruppin',
      heading: 'Einladung zur Auftaktkonferenz „Bündnis für OPR“',
      text: 'Wir laden Sie herzlich ein, Kooperationspartner:in im „Bündnis für OPR“ zu werden.',
      links: [
        {
          label: 'Zur Veranstaltung',
          type: 'internal',
          reference: { relationTo: 'events', value: kickoffEventId },
        },
        { label: 'Zur Anmeldung', type: 'custom', url: '/#anmeldung' },
      ],
    },
    { blockType: 'richText', content: await markdownToRichText(payload, letterOpening) },
    {
      blockType: 'eventDetails',
      heading: 'Auftaktkonferenz „Bündnis für OPR“',
      event: kickoffEventId,
      showProgramme: true,
    },
    { blockType: 'richText', content: await markdownToRichText(payload, alliance) },
    {
      blockType: 'registrationForm',
      heading: 'Anmeldung',
      form: forms.registration,
      event: kickoffEventId,
      intro: 'Bitte senden Sie uns eine kurze Anmeldung, um besser planen zu können.',
    },
    {
      blockType: 'formBlock',
      heading: 'Kooperationspartner:in werden',
      form: forms.partnership,
      intro:
        'Mit dieser Erklärung tritt Ihre Organisation dem „Bündnis für OPR“ bei. Sie können die Erklärung jederzeit formlos zurückziehen.',
    },
    {
      blockType: 'formBlock',
      heading: 'Fragen, Ideen, Anregungen',
      form: forms.contact,
      intro: 'Schreiben Sie uns – wir freuen uns auf perspektivenreichen Austausch mit Ihnen.',
    },
    { blockType: 'richText', content: await markdownToRichText(payload, signature) },
    {
      blockType: 'contactBox',
      heading: 'Kontakt',
      text: 'Wenn Sie Fragen, Ideen oder Anregungen haben, melden Sie sich gerne.',
    },
  ],
  meta: {
    title: 'Bündnis für OPR – Partnerschaft für Demokratie Ostprignitz-Ruppin',
    description:
      'Einladung zur Auftaktkonferenz „Bündnis für OPR“: Demokratie fördern – Vielfalt gestalten – Extremismus vorbeugen.',
  },
})
