import { readEnvironment } from '@/config/env'

/**
 * The admin's preview opens this route, which switches on Next.js draft mode for signed-in staff
 * and then shows `path` with unpublished changes.
 */
export const previewUrl = (path: string) => {
  const { serverUrl } = readEnvironment()
  return `${serverUrl}/next/preview?path=${encodeURIComponent(path)}`
}
