/** Small, safe building blocks for mails: every value is escaped, no header gets a line break. */
import { escapeHtml } from '@/domain/html'

/** For headers (subject, names): any line break or control character becomes a space. */
export const oneLine = (value: string) =>
  value
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001F\u007F\u2028\u2029]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim()
    .slice(0, 250)

// What may follow a placeholder without a space in between.
const closingMark = /[,.;:!?)\r\n]/

/**
 * Fills `{{name}}` placeholders; unknown ones disappear rather than show braces to a guest. An
 * empty one takes the space before it along when punctuation or a line end follows, so that
 * "Guten Tag {{name}}," greets a person without a name with "Guten Tag," – in every text, also
 * those stored in forms long ago.
 */
export const fillPlaceholders = (template: string, values: Record<string, string>) =>
  template.replace(
    /([ \t]*)\{\{\s*([\w.-]{1,60})\s*\}\}/g,
    (match: string, space: string, key: string, offset: number, whole: string) => {
      const value = values[key] ?? ''
      if (value.trim()) return `${space}${value}`
      const next = whole.charAt(offset + match.length)
      return next === '' || closingMark.test(next) ? '' : space
    },
  )

/** Plain text with blank-line paragraphs, as HTML paragraphs. */
export const paragraphsHtml = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n')

export type MailFact = { label: string; value: string; href?: string }

export const factsText = (facts: MailFact[]) =>
  facts.map((fact) => `${fact.label}: ${fact.href ?? fact.value}`).join('\n')

export const factsHtml = (facts: MailFact[]) =>
  `<table role="presentation" cellpadding="4" style="border-collapse:collapse">${facts
    .map(
      (fact) =>
        `<tr><th scope="row" style="text-align:left;vertical-align:top;padding-right:12px">${escapeHtml(fact.label)}</th><td>${
          fact.href
            ? `<a href="${escapeHtml(fact.href)}">${escapeHtml(fact.value)}</a>`
            : escapeHtml(fact.value)
        }</td></tr>`,
    )
    .join('')}</table>`

/** The whole HTML document: German, readable without images or styles. */
export const htmlDocument = (title: string, body: string) =>
  `<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:640px">
${body}
</body>
</html>`
