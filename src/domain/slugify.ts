const umlauts: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' }

/** "Auftaktkonferenz „Bündnis für OPR“" → "auftaktkonferenz-buendnis-fuer-opr" (German transliteration). */
export const slugify = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => umlauts[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)

export const isValidSlug = (value: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
