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

/** Where a person taking part comes from: the county's towns and Ämter, or from elsewhere. */
export const registrationMunicipalities = [
  ...municipalities.filter((name) => name !== 'Landkreisweit'),
  'außerhalb von OPR',
] as const

/** Every value the municipality column may hold (declarations may also say "Landkreisweit"). */
export const listedMunicipalities: readonly string[] = [
  ...new Set<string>([...municipalities, ...registrationMunicipalities]),
]

/** The kind of organisation a person comes from: the partner categories, or none. */
export const registrationOrganisationKinds = [
  ...partnerCategories,
  { value: 'none', label: 'keine / privat' },
] as const

export type OrganisationKind = (typeof registrationOrganisationKinds)[number]['value']

export const organisationKindValues = registrationOrganisationKinds.map(({ value }) => value)
