/**
 * The form builder's own mail hook is removed from `form-submissions` (our mails go through the
 * outbox), and only that hook: ours run, and a hook another plugin adds would stay.
 */
import type { CollectionAfterChangeHook, Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { formSubmissionOverrides } from '@/collections/FormSubmissions'
import { withoutBuilderMail } from '@/collections/FormSubmissions/withoutBuilderMail'
import { collectionSlugs } from '@/config/slugs'

const ours = formSubmissionOverrides?.hooks?.afterChange ?? []

describe('form submissions after a change', () => {
  it('run exactly our hooks in the assembled config, not the builder’s mail hook', async () => {
    const { default: configPromise } = await import('@payload-config')
    const config = await configPromise
    const submissions = config.collections.find((c) => c.slug === collectionSlugs.formSubmissions)
    expect(ours.length).toBeGreaterThan(0)
    expect(submissions?.hooks?.afterChange).toEqual(ours)
  })

  it('keep a hook another plugin added', async () => {
    const builderMail: CollectionAfterChangeHook = ({ doc }) => doc
    const otherPlugin: CollectionAfterChangeHook = ({ doc }) => doc
    const config: Config = {
      secret: 'test',
      db: {} as Config['db'],
      collections: [
        {
          slug: collectionSlugs.formSubmissions,
          fields: [],
          hooks: { afterChange: [builderMail, ...ours, otherPlugin] },
        },
      ],
    }
    const result = await withoutBuilderMail(config)
    expect(result.collections?.[0]?.hooks?.afterChange).toEqual([...ours, otherPlugin])
  })
})
