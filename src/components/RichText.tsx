import type { SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  type JSXConvertersFunction,
  LinkJSXConverter,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'

import { eventPath, pagePath } from '@/lib/paths'

const internalDocToHref = ({ linkNode }: { linkNode: SerializedLinkNode }) => {
  const doc = linkNode.fields.doc
  const slug = typeof doc?.value === 'object' ? doc.value.slug : undefined
  if (typeof slug !== 'string') return '#'
  return doc?.relationTo === 'events' ? eventPath(slug) : pagePath(slug)
}

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  ...LinkJSXConverter({ internalDocToHref }),
})

/** Editor-written rich text, rendered on the server to plain HTML. */
export const RichText = ({ data, className }: { data?: unknown; className?: string }) => {
  if (!data || typeof data !== 'object') return null
  return (
    <LexicalRichText
      className={className ?? 'prose'}
      data={data as SerializedEditorState}
      converters={converters}
      disableContainer={false}
    />
  )
}
