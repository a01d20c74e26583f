import { FundingNotice } from '@/components/FundingNotice'
import type { FundingNoticeBlock as FundingNoticeBlockData } from '@/payload-types'
import type { BlockContext } from '../context'

export const FundingNoticeBlock = ({
  block,
  context,
}: {
  block: FundingNoticeBlockData
  context: BlockContext
}) => (
  <FundingNotice funding={context.settings.funding} showDisclaimer={block.showDisclaimer ?? true} />
)
