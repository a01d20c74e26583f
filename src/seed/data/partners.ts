import type { RequiredDataFromCollectionSlug } from 'payload'

/** The Partnerschaft für Demokratie itself is the first member of the alliance. */
export const partnerData = (): RequiredDataFromCollectionSlug<'partners'>[] => [
  {
    name: 'Partnerschaft für Demokratie Ostprignitz-Ruppin',
    slug: 'partnerschaft-fuer-demokratie-opr',
    isPublic: true,
    category: 'administration',
    municipality: 'Landkreisweit',
    description:
      'Koordinierungs- und Fachstelle im Büro Landrat, gefördert im Bundesprogramm „Demokratie leben!“.',
  },
]
