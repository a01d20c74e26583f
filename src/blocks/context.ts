import type { Partner, SiteSetting } from '@/payload-types'

/** What block components may need beyond their own fields, loaded once per page. */
export type BlockContext = {
  settings: SiteSetting
  partners: Partner[]
  /** 1 when the block carries the page's only h1 (a hero at the top), else 2. */
  headingLevel: 1 | 2
}
