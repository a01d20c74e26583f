import type { Metadata } from 'next'

import { PartnerListView } from '@/components/views/PartnerListView'
import { getSiteSettings, listPublicPartners } from '@/lib/content'
import { buildMetadata } from '@/lib/metadata'
import { partnersPath } from '@/lib/paths'
import { messages } from '@/messages/de'

export const generateMetadata = async (): Promise<Metadata> =>
  buildMetadata({ title: messages.partners, path: partnersPath, settings: await getSiteSettings() })

const PartnersPage = async () => <PartnerListView partners={await listPublicPartners()} />

export default PartnersPage
