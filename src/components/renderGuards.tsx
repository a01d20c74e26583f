import type { Metadata } from 'next'
import { unstable_rethrow } from 'next/navigation'
import type { ReactNode } from 'react'

import { Unavailable } from '@/components/Unavailable'
import { noteOutage } from '@/lib/outage'

const report = (what: string, error: unknown) =>
  console.error(`[Website] ${what} konnte nicht geladen werden:`, error)

/** A page's render; a failure to read its data is reported and noted as an outage. */
const renderOr = async (
  path: string,
  render: () => Promise<ReactNode>,
  failed: (error: unknown) => ReactNode,
): Promise<ReactNode> => {
  try {
    return await render()
  } catch (error) {
    unstable_rethrow(error)
    report(path, error)
    noteOutage()
    return failed(error)
  }
}

/**
 * Renders a per-request page, or the German "try again" notice when its data cannot be read; the
 * app's server sends that notice as 503 with Retry-After and no-store (see `outage.ts`).
 * notFound() and redirect() pass through.
 */
export const renderOrUnavailable = (path: string, render: () => Promise<ReactNode>) =>
  renderOr(path, render, () => <Unavailable retryHref={path} />)

/**
 * Renders a cached page; when its data cannot be read the render fails, so that nothing lands in
 * Next.js' cache: Next.js keeps serving the last good HTML, or, with none, answers with the error
 * page (no-store), which the app's server sends as 503 with Retry-After.
 */
export const renderCachedOrFail = (path: string, render: () => Promise<ReactNode>) =>
  renderOr(path, render, (error) => {
    throw error
  })

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
