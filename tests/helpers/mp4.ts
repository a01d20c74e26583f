/**
 * The smallest MP4 a parser accepts as a video: a file-type box and a movie header giving the
 * playing time. No frames; enough to test that uploads get their duration read.
 */
const box = (type: string, body: Buffer) => {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(8 + body.length, 0)
  head.write(type, 4, 'latin1')
  return Buffer.concat([head, body])
}

export const tinyMp4 = (seconds: number) => {
  const ftyp = box('ftyp', Buffer.from('isom\0\0\x02\0isomiso2mp41', 'latin1'))
  const mvhd = Buffer.alloc(100)
  // version/flags 0, creation 0, modification 0
  mvhd.writeUInt32BE(1000, 12) // timescale: milliseconds
  mvhd.writeUInt32BE(Math.round(seconds * 1000), 16) // duration
  mvhd.writeUInt32BE(0x00010000, 20) // rate 1.0
  mvhd.writeUInt16BE(0x0100, 24) // volume 1.0
  // unity matrix
  mvhd.writeUInt32BE(0x00010000, 36)
  mvhd.writeUInt32BE(0x00010000, 52)
  mvhd.writeUInt32BE(0x40000000, 68)
  mvhd.writeUInt32BE(2, 96) // next track id
  // one video track whose media header carries the same time (players and parsers read either)
  const mdhd = Buffer.alloc(24)
  mdhd.writeUInt32BE(1000, 12)
  mdhd.writeUInt32BE(Math.round(seconds * 1000), 16)
  const hdlr = Buffer.concat([Buffer.alloc(8), Buffer.from('vide', 'latin1'), Buffer.alloc(13)])
  const tkhd = Buffer.alloc(84)
  tkhd.writeUInt32BE(3, 0) // enabled, in movie
  tkhd.writeUInt32BE(1, 12) // track id
  tkhd.writeUInt32BE(Math.round(seconds * 1000), 20)
  const trak = box(
    'trak',
    Buffer.concat([
      box('tkhd', tkhd),
      box('mdia', Buffer.concat([box('mdhd', mdhd), box('hdlr', hdlr)])),
    ]),
  )
  return Buffer.concat([ftyp, box('moov', Buffer.concat([box('mvhd', mvhd), trak]))])
}

/**
 * An MP4 of exactly `totalBytes`: the header above, then one media-data box of zeros, produced
 * piece by piece so a test can send hundreds of MB without holding them in memory or on disk.
 */
export async function* mp4OfSize(totalBytes: number, seconds: number, pieceBytes = 1 << 20) {
  const head = tinyMp4(seconds)
  const mdatBytes = totalBytes - head.length
  const mdatHead = Buffer.alloc(8)
  mdatHead.writeUInt32BE(mdatBytes, 0)
  mdatHead.write('mdat', 4, 'latin1')
  yield Buffer.concat([head, mdatHead])
  const zeros = Buffer.alloc(pieceBytes)
  for (let left = mdatBytes - 8; left > 0; left -= pieceBytes) {
    yield left >= pieceBytes ? zeros : zeros.subarray(0, left)
  }
}
