import { RichText } from '@/components/RichText'
import type { RichTextBlock as RichTextBlockData } from '@/payload-types'

export const RichTextBlock = ({ block }: { block: RichTextBlockData }) => (
  <section className="text-block">
    <RichText data={block.content} />
  </section>
)
