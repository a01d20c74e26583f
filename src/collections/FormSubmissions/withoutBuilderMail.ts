import type { Config, Plugin } from 'payload'

import { collectionSlugs } from '@/collections/slugs'
import { formSubmissionOverrides } from './index'

/**
 * The form builder puts its own mail hook first on `form-submissions`; it would look up the form
 * again and log "No emails to send." on every submission, since our mails go through the outbox.
 * Runs after the form builder and leaves exactly our hooks.
 */
export const withoutBuilderMail: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) =>
    collection.slug === collectionSlugs.formSubmissions
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: formSubmissionOverrides?.hooks?.afterChange ?? [],
          },
        }
      : collection,
  ),
})
