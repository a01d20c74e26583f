import type { Metadata } from 'next'
import { unstable_rethrow } from 'next/navigation'
import type { ReactNode } from 'react'

import { Unavailable } from '@/components/Unavailable'

const report = (what: string, error: unknown) =>
  console.error(`[Website] ${what} konnte nicht geladen werden:`, error)

/**
 * Renders a per-request page, or the German "try again" notice when its data cannot be read.
 * notFound() and redirect() pass through. (Only for per-request routes: a cached route would keep
 * the notice, while Next serves its last good version by itself when a refresh fails.)
 */
export const renderOrUnavailable = async (
  path: string,
  render: () => Promise<ReactNode>,
): Promise<ReactNode> => {
  try {
    return await render()
  } catch (error) {
    unstable_rethrow(error)
    report(path, error)
    return <Unavailable retryHref={path} />
  }
}

/** Metadata is optional: without data, the page keeps the site's defaults. */
export const metadataOrDefaults = async (
  what: string,
  build: () => Promise<Metadata>,
): Promise<Metadata> => {
  try {
    return await build()
  } catch (error) {
    unstable_rethrow(error)
    report(`Metadaten von ${what}`, error)
    return {}
  }
}
