import type { Event, Page } from '@/payload-types'
import { eventPath, pagePath } from '@/lib/paths'

export type LinkData = {
  label: string
  type?: ('internal' | 'custom') | null
  reference?:
    | { relationTo: 'pages'; value: number | Page }
    | { relationTo: 'events'; value: number | Event }
    | null
  url?: string | null
}

/** The address a CMS link points to, or undefined when its target is gone or unpublished. */
export const hrefOf = (link: LinkData): string | undefined => {
  if (link.type === 'custom') return link.url ?? undefined
  const target = link.reference?.value
  if (!target || typeof target === 'number') return undefined
  return link.reference?.relationTo === 'events' ? eventPath(target.slug) : pagePath(target.slug)
}

export const CmsLink = ({ link, className }: { link: LinkData; className?: string }) => {
  const href = hrefOf(link)
  if (!href) return null
  return (
    <a className={className} href={href}>
      {link.label}
    </a>
  )
}
