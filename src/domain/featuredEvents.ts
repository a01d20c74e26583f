/**
 * The start page features an event (details, registration form, buttons in the hero). Once that
 * event is over, the page must not keep inviting to it: unless the editor chose to keep it, the
 * next upcoming event takes its place, and a block or button with nothing to point at goes.
 * A "Zur Anmeldung" button (a link to the registration anchor) is shown only while the page's
 * registration form takes registrations, whatever the editor chose.
 */
import type { Event, Page } from '@/payload-types'
import { relationId } from './relations'
import { isRegistrationFormOf, registrationRefusal } from './registration/rules'

type LayoutBlock = NonNullable<Page['layout']>[number]
type HeroLink = NonNullable<Extract<LayoutBlock, { blockType: 'hero' }>['links']>[number]

export const registrationAnchor = 'anmeldung'

export const isEventOver = (event: Pick<Event, 'end'>, now: Date) => new Date(event.end) <= now

const populated = (value: number | Event | null | undefined): Event | undefined =>
  typeof value === 'object' && value !== null ? value : undefined

const pointsToRegistration = (link: HeroLink) =>
  link.type === 'custom' &&
  typeof link.url === 'string' &&
  link.url.endsWith(`#${registrationAnchor}`)

/** The events a layout features and that are over, each once. */
export const pastFeaturedEvents = (layout: LayoutBlock[], now: Date): Event[] => {
  const events = layout.flatMap((block) => {
    if (block.blockType === 'eventDetails' || block.blockType === 'registrationForm')
      return [populated(block.event)]
    if (block.blockType === 'hero')
      return (block.links ?? []).map((link) =>
        link.reference?.relationTo === 'events' ? populated(link.reference.value) : undefined,
      )
    return []
  })
  const past = events.filter((event): event is Event => !!event && isEventOver(event, now))
  return past.filter((event, i) => past.findIndex((other) => other.id === event.id) === i)
}

type Options = {
  now: Date
  /** false keeps a past event where the editor put it */
  followNextEvent: boolean
  /** the next upcoming event that may take a past one's place, if any */
  nextEvent?: Event
}

const replaceEvent = (event: Event | undefined, { now, followNextEvent, nextEvent }: Options) =>
  event && followNextEvent && isEventOver(event, now) ? nextEvent : event

/** The layout as the start page shows it now. */
export const featureCurrentEvents = (layout: LayoutBlock[], options: Options): LayoutBlock[] => {
  const current = layout.flatMap((block): LayoutBlock[] => {
    if (block.blockType === 'eventDetails' || block.blockType === 'registrationForm') {
      const event = populated(block.event)
      const shown = replaceEvent(event, options)
      if (shown === event) return [block]
      if (!shown) return []
      // The editor's heading named the past event; the new one brings its own title.
      if (block.blockType === 'eventDetails') return [{ ...block, event: shown, heading: null }]
      const form = shown.registration?.form
      // A form for the next event only while it takes registrations, through its own form.
      if (!form || registrationRefusal(shown, options.now)) return []
      return [{ ...block, event: shown, form }]
    }
    return [block]
  })
  const registrationOpen = current.some((block) => {
    if (block.blockType !== 'registrationForm') return false
    const event = populated(block.event)
    return (
      !!event &&
      isRegistrationFormOf(event, relationId(block.form)) &&
      registrationRefusal(event, options.now) === null
    )
  })
  return current.map((block) => {
    if (block.blockType !== 'hero' || !block.links?.length) return block
    const links = block.links.flatMap((link): HeroLink[] => {
      if (pointsToRegistration(link)) return registrationOpen ? [link] : []
      if (link.reference?.relationTo !== 'events') return [link]
      const event = populated(link.reference.value)
      const shown = replaceEvent(event, options)
      if (shown === event) return [link]
      return shown ? [{ ...link, reference: { relationTo: 'events', value: shown } }] : []
    })
    return { ...block, links }
  })
}
