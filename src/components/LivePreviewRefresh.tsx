'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'

/** Re-renders the previewed page whenever the editor saves in the admin's live preview. */
export const LivePreviewRefresh = ({ serverUrl }: { serverUrl: string }) => {
  const router = useRouter()
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={serverUrl} />
}
