import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Videos and audio get their playing time read from the file itself (the DGS page shows it next
 * to the player), using music-metadata (well kept, reads MP4 and WebM containers without decoding them).
 */
export const readDuration: CollectionBeforeChangeHook = async ({ data, req }) => {
  const file = req.file
  if (!file || !/^(video|audio)\//.test(file.mimetype)) return data
  try {
    const { parseBuffer } = await import('music-metadata')
    const { format } = await parseBuffer(new Uint8Array(file.data), {
      mimeType: file.mimetype,
      size: file.size,
    })
    // The container reports a duration only for audio; a video without sound (as sign language
    // videos often are) has it on its tracks.
    const seconds =
      format.duration ?? Math.max(0, ...(format.trackInfo ?? []).map((t) => t.duration ?? 0))
    return { ...data, duration: seconds ? Math.round(seconds * 10) / 10 : null }
  } catch (error) {
    req.payload.logger.warn({ err: error, msg: `Spieldauer von ${file.name} nicht lesbar` })
    return { ...data, duration: null }
  }
}
