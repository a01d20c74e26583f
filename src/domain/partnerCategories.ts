/** Categories of partner organisations, in the order the partner page lists them. */
export const partnerCategories = [
  { value: 'administration', label: 'Verwaltung' },
  { value: 'civil-society', label: 'Zivilgesellschaft / Verein' },
  { value: 'education', label: 'Bildung / Schule' },
  { value: 'religion', label: 'Kirche / Religion' },
  { value: 'business', label: 'Wirtschaft' },
  { value: 'politics', label: 'Politik' },
  { value: 'other', label: 'Sonstige' },
] as const

export type PartnerCategory = (typeof partnerCategories)[number]['value']

/** Towns and offices (Ämter) of the Landkreis Ostprignitz-Ruppin, plus county-wide work. */
export const municipalities = [
  'Landkreisweit',
  'Neuruppin',
  'Fehrbellin',
  'Heiligengrabe',
  'Kyritz',
  'Rheinsberg',
  'Wittstock/Dosse',
  'Wusterhausen/Dosse',
  'Amt Lindow (Mark)',
  'Amt Neustadt (Dosse)',
  'Amt Temnitz',
] as const
