import { readEnvironment } from '@/config/env'
import { icsFileName } from '@/domain/ics'
import { findEvent, getSiteSettings } from '@/lib/content'
import { calendarFileOf } from '@/lib/eventCalendar'

export const GET = async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params
  const event = await findEvent(slug)
  if (!event) {
    return new Response('Diese Veranstaltung gibt es nicht.', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  const body = calendarFileOf(event, await getSiteSettings(), readEnvironment().serverUrl)
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${icsFileName(event.slug)}"`,
    },
  })
}
