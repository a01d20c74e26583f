import type { Partner, SiteSetting } from '@/payload-types'

/** What block components may need beyond their own fields, loaded once per page. */
export type BlockContext = {
  settings: SiteSetting
  partners: Partner[]
  /** URL path of the page the blocks are on (forms post back to it) */
  pagePath: string
  /** 1 when the block carries the page's only h1 (a hero at the top), else 2. */
  headingLevel: 1 | 2
}
