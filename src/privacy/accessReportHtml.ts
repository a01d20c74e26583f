import { escapeHtml } from '@/domain/html'
import { accessReportMessages as text } from '@/messages/accessReport'
import type { AccessReport, ReportFact, ReportRecord } from './accessReport'

// Printed on A4 and handed to the person: plain, large enough, no record split across pages.
const style = `
@page { size: A4; margin: 20mm 18mm; }
* { box-sizing: border-box; }
body { font: 11pt/1.45 system-ui, "Segoe UI", Arial, sans-serif; color: #111; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 18pt; margin: 0 0 .25rem; }
h2 { font-size: 14pt; margin: 1.5rem 0 .5rem; break-after: avoid; }
h3 { font-size: 12pt; margin: 1rem 0 .25rem; break-after: avoid; }
.office { margin: 0 0 1rem; }
dl { display: grid; grid-template-columns: 14rem 1fr; gap: .2rem 1rem; margin: 0; }
dt { font-weight: 600; }
dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
section.record { border-top: 1px solid #999; padding-top: .5rem; margin-top: 1rem; break-inside: avoid; }
.machine { margin: 1rem 0; }
@media print {
  body { margin: 0; max-width: none; padding: 0; }
  .machine { display: none; }
  a { color: inherit; text-decoration: none; }
}
`

const facts = (list: ReportFact[]) =>
  `<dl>${list
    .map((fact) => `<dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.value)}</dd>`)
    .join('')}</dl>`

const part = (heading: string, list: ReportFact[]) =>
  list.length ? `<h3>${escapeHtml(heading)}</h3>${facts(list)}` : ''

const record = (entry: ReportRecord) => `<section class="record">
<h3>${escapeHtml(entry.heading)}</h3>
${facts(entry.facts)}
${part(text.answersHeading, entry.answers)}
${part(text.consentsHeading, entry.consents)}
${part(text.historyHeading, entry.history)}
<h3>Zweck und Rechtsgrundlage</h3>
${entry.purposes.map((purpose) => `<p>${escapeHtml(purpose)}</p>`).join('')}
</section>`

/**
 * The Art. 15 document as one self-contained HTML page. Every stored text goes through
 * `escapeHtml`: answers, names and subjects are typed by the public and may be markup.
 */
export const renderAccessReport = (report: AccessReport, jsonHref: string) => `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(text.title)}</title>
<style>${style}</style>
</head>
<body>
<header>
<p class="office">${escapeHtml(text.controller)}:<br><strong>${escapeHtml(report.office.name)}</strong><br>${report.office.lines
  .map(escapeHtml)
  .join('<br>')}</p>
<h1>${escapeHtml(text.title)}</h1>
<p>${escapeHtml(text.issuedOn)} ${escapeHtml(report.issuedAt)}</p>
</header>
<main>
<p>${escapeHtml(text.intro(report.email))}</p>
<p class="machine"><a href="${escapeHtml(jsonHref)}">${escapeHtml(text.machineReadable)}</a></p>
<h2>${escapeHtml(text.recordsHeading)}</h2>
${report.records.length ? report.records.map(record).join('\n') : `<p>${escapeHtml(text.nothingStored)}</p>`}
<h2>${escapeHtml(text.mailsHeading)}</h2>
${report.mails.length ? facts(report.mails) : `<p>${escapeHtml(text.noMails)}</p>`}
${report.mails.length ? `<p>${escapeHtml(text.mailsPurpose)}</p>` : ''}
${text.general
  .map((item) => `<h2>${escapeHtml(item.heading)}</h2><p>${escapeHtml(item.text)}</p>`)
  .join('\n')}
</main>
</body>
</html>
`
