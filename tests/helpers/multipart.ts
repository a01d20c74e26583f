import { randomUUID } from 'node:crypto'

export type MultipartFile = {
  name: string
  type: string
  size: number
  content: Iterable<Uint8Array> | AsyncIterable<Uint8Array>
}

/**
 * A multipart/form-data body as browsers send it (a Content-Length, the file last), built piece
 * by piece: the file content is never held whole.
 */
export const multipartBody = (fields: Record<string, string>, file: MultipartFile) => {
  const boundary = `----opr-test-${randomUUID()}`
  const fieldParts = Object.entries(fields)
    .map(
      ([name, value]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    )
    .join('')
  const head = Buffer.from(
    `${fieldParts}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  async function* pieces() {
    yield head
    yield* file.content
    yield tail
  }
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    contentLength: head.length + file.size + tail.length,
    pieces,
  }
}
