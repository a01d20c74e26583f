import type { CollectionAfterChangeHook, Config, Plugin } from 'payload'

import { collectionSlugs } from '@/config/slugs'
import { formSubmissionOverrides } from './index'

/**
 * The form builder (plugin-form-builder 3.90.1) puts its own mail hook first in `afterChange` of
 * `form-submissions`, before the hooks it was given; it would look up the form again and log
 * "No emails to send." on every submission, since our mails go through the outbox. Runs after
 * the form builder and removes that one hook; ours and any other plugin's stay.
 */
export const withoutBuilderMail: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) =>
    collection.slug === collectionSlugs.formSubmissions
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: withoutFirstForeignHook(collection.hooks?.afterChange ?? []),
          },
        }
      : collection,
  ),
})

const withoutFirstForeignHook = (hooks: CollectionAfterChangeHook[]) => {
  const ours = new Set<unknown>(formSubmissionOverrides?.hooks?.afterChange ?? [])
  const [builderMail, ...rest] = hooks
  return builderMail && !ours.has(builderMail) ? rest : hooks
}
