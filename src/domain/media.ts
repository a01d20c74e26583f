/** How the site names file sizes and durations of downloads and videos (German notation). */

const decimal = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 })

export const formatFileSize = (bytes: number) => {
  if (bytes < 1024) return `${bytes} Byte`
  if (bytes < 1024 * 1024) return `${decimal.format(bytes / 1024)} KB`
  if (bytes < 1024 * 1024 * 1024) return `${decimal.format(bytes / 1024 / 1024)} MB`
  return `${decimal.format(bytes / 1024 / 1024 / 1024)} GB`
}

/** 83 → "1:23 Min.", 3725 → "1:02:05 Std." */
export const formatDuration = (seconds: number) => {
  const total = Math.round(seconds)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h ? `${h}:${String(m).padStart(2, '0')}:${s} Std.` : `${m}:${s} Min.`
}

/** "video/mp4" → "MP4", "text/vtt" → "WebVTT" */
export const formatLabel = (mimeType?: string | null) =>
  mimeType === 'text/vtt' ? 'WebVTT' : (mimeType?.split('/')[1]?.toUpperCase() ?? 'Datei')
