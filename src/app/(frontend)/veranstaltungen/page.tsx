import type { Metadata } from 'next'

import { EventListView } from '@/components/views/EventListView'
import { getSiteSettings, listEvents } from '@/lib/content'
import { buildMetadata } from '@/lib/metadata'
import { eventsPath } from '@/lib/paths'
import { messages } from '@/messages/de'

// "Upcoming" depends on today's date: rebuild at least hourly even without a publish.
export const revalidate = 3600

export const generateMetadata = async (): Promise<Metadata> =>
  buildMetadata({ title: messages.events, path: eventsPath, settings: await getSiteSettings() })

const EventsPage = async () => {
  const { upcoming, past } = await listEvents()
  return <EventListView upcoming={upcoming} past={past} />
}

export default EventsPage
