import { describe, expect, it } from 'vitest'

import { featureCurrentEvents, pastFeaturedEvents } from '@/domain/featuredEvents'
import type { Event, Page } from '@/payload-types'

type Layout = NonNullable<Page['layout']>
const now = new Date('2026-12-04T12:00:00Z')

const event = (id: number, end: string, registration: Event['registration'] = {}) =>
  ({
    id,
    title: `Veranstaltung ${id}`,
    start: end,
    end,
    eventStatus: 'planned',
    registration,
  }) as Event

const past = event(1, '2025-02-20T18:30:00Z', { isOpen: true, form: 7 })
const next = event(2, '2027-01-14T18:30:00Z', { isOpen: true, form: 8 })
const closedNext = event(3, '2027-01-14T18:30:00Z', { isOpen: false, form: 8 })

const layoutFor = (featured: Event): Layout => [
  {
    blockType: 'hero',
    heading: 'Einladung',
    links: [
      {
        label: 'Zur Veranstaltung',
        type: 'internal',
        reference: { relationTo: 'events', value: featured },
      },
      { label: 'Zur Anmeldung', type: 'custom', url: '/#anmeldung' },
    ],
  },
  { blockType: 'eventDetails', heading: 'Auftaktkonferenz', event: featured },
  { blockType: 'registrationForm', form: 7, event: featured },
]

const labels = (layout: Layout) =>
  layout.flatMap((block) => (block.blockType === 'hero' ? block.links!.map((l) => l.label) : []))

describe('the start page’s featured event', () => {
  it('names each past featured event once', () => {
    expect(pastFeaturedEvents(layoutFor(past), now)).toEqual([past])
    expect(pastFeaturedEvents(layoutFor(next), now)).toEqual([])
  })

  it('puts the next event, its own form and its own title in the past one’s place', () => {
    const layout = featureCurrentEvents(layoutFor(past), {
      now,
      followNextEvent: true,
      nextEvent: next,
    })
    expect(layout[1]).toMatchObject({ blockType: 'eventDetails', heading: null, event: next })
    expect(layout[2]).toMatchObject({ blockType: 'registrationForm', form: 8, event: next })
    expect(labels(layout)).toEqual(['Zur Veranstaltung', 'Zur Anmeldung'])
  })

  it('shows a next event that takes no registrations without form and "Zur Anmeldung"', () => {
    const layout = featureCurrentEvents(layoutFor(past), {
      now,
      followNextEvent: true,
      nextEvent: closedNext,
    })
    expect(layout.map((block) => block.blockType)).toEqual(['hero', 'eventDetails'])
    expect(labels(layout)).toEqual(['Zur Veranstaltung'])
  })

  it('keeps the past event when the editor chose so, without inviting to register', () => {
    const layout = featureCurrentEvents(layoutFor(past), {
      now,
      followNextEvent: false,
      nextEvent: next,
    })
    expect(layout[1]).toMatchObject({ event: past, heading: 'Auftaktkonferenz' })
    expect(labels(layout)).toEqual(['Zur Veranstaltung'])
  })

  it('leaves a layout whose event lies ahead as it is', () => {
    const layout = layoutFor(event(4, '2027-03-01T18:30:00Z', { isOpen: true, form: 7 }))
    expect(featureCurrentEvents(layout, { now, followNextEvent: true, nextEvent: next })).toEqual(
      layout,
    )
  })
})
