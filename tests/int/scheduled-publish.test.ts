import { describe, expect, it } from 'vitest'

import { noRevalidate } from '../helpers/context'
import { testPayload } from '../helpers/payload'
import { createStaff } from '../helpers/users'

const publicCount = async (slug: string) => {
  const payload = await testPayload()
  const { totalDocs } = await payload.count({
    collection: 'pages',
    where: { slug: { equals: slug } },
    overrideAccess: false,
  })
  return totalDocs
}

describe('scheduled publishing', () => {
  it('publishes a draft page when its time has come, not before', async () => {
    const payload = await testPayload()
    await createStaff(payload, 'admin')
    const editor = await createStaff(payload, 'editor')
    const page = await payload.create({
      collection: 'pages',
      data: { title: 'Später sichtbar', slug: 'spaeter-sichtbar', _status: 'draft' },
      context: noRevalidate,
    })
    // What the admin's "schedule publish" button queues.
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'pages', value: page.id },
        user: { relationTo: 'users', value: editor.user.id },
      },
      waitUntil: new Date(Date.now() + 1500),
    })

    await payload.jobs.run({ queue: 'default' })
    expect(await publicCount('spaeter-sichtbar')).toBe(0)

    await new Promise((resolve) => setTimeout(resolve, 1600))
    await payload.jobs.run({ queue: 'default' })
    expect(await publicCount('spaeter-sichtbar')).toBe(1)
  })
})
