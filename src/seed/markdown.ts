import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

/** Seed texts are written as Markdown and stored as the editor's own rich-text format. */
export const markdownToRichText = async (payload: Payload, markdown: string) =>
  convertMarkdownToLexical({
    editorConfig: await editorConfigFactory.default({ config: payload.config }),
    markdown: markdown.trim(),
  })
