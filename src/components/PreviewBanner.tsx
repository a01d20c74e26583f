import { messages } from '@/messages/de'
import { LivePreviewRefresh } from './LivePreviewRefresh'

/** Only in draft mode: says that unpublished content is shown and keeps the live preview fresh. */
export const PreviewBanner = ({ serverUrl }: { serverUrl: string }) => (
  <div className="preview-banner" role="status">
    {messages.previewBanner} <a href="/next/exit-preview">{messages.endPreview}</a>
    <LivePreviewRefresh serverUrl={serverUrl} />
  </div>
)
