/**
 * CSV that German Excel opens correctly: UTF-8 with byte order mark, `;` between cells, CRLF
 * between rows, RFC 4180 quoting. Cells that a spreadsheet would run as a formula are defused.
 */
export const csvBom = '\uFEFF'

const formulaStart = /^[=+\-@\t\r]/

export const csvCell = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  let text = typeof value === 'string' ? value : String(value)
  // OWASP "CSV injection": a leading apostrophe makes the spreadsheet show the text as text.
  if (formulaStart.test(text)) text = `'${text}`
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text
}

export const csvRow = (cells: unknown[]) => `${cells.map(csvCell).join(';')}\r\n`
