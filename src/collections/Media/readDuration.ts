import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Videos and audio get their playing time read from the file itself (the DGS page shows it next
 * to the player), using music-metadata (well kept, reads MP4 and WebM containers without decoding them).
 */
export const readDuration: CollectionBeforeChangeHook = async ({ data, req }) => {
  const file = req.file
  if (!file || !/^(video|audio)\//.test(file.mimetype)) return data
  try {
    const { parseBuffer, parseFile } = await import('music-metadata')
    const info = { mimeType: file.mimetype, size: file.size }
    // Uploads over HTTP arrive as temporary files (a video may be larger than the server's memory):
    // read from disk, which touches only the boxes that hold the timing.
    const { format } = file.tempFilePath
      ? await parseFile(file.tempFilePath, { duration: false })
      : await parseBuffer(new Uint8Array(file.data), info)
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
