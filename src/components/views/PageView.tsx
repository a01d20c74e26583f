import { opensWithHero, RenderBlocks } from '@/blocks/RenderBlocks'
import { pagePath } from '@/lib/paths'
import type { Page, Partner, SiteSetting } from '@/payload-types'

type Props = { page: Page; settings: SiteSetting; partners: Partner[] }

export const PageView = ({ page, settings, partners }: Props) => (
  <article className="page">
    {!opensWithHero(page.layout) && <h1>{page.title}</h1>}
    <RenderBlocks
      blocks={page.layout ?? []}
      context={{ settings, partners, pagePath: pagePath(page.slug) }}
    />
  </article>
)
