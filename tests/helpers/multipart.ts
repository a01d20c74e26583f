import { randomUUID } from 'node:crypto'

export type MultipartFile = {
  name: string
  type: string
  size: number
  content: Iterable<Uint8Array> | AsyncIterable<Uint8Array>
}

const fieldParts = (boundary: string, fields: Record<string, string>) =>
  Object.entries(fields)
    .map(
      ([name, value]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    )
    .join('')

const fileHead = (boundary: string, file: Pick<MultipartFile, 'name' | 'type'>) =>
  `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`

const closing = (boundary: string) => `\r\n--${boundary}--\r\n`

/**
 * A multipart/form-data body as browsers send it (a Content-Length, the file last), built piece
 * by piece: the file content is never held whole.
 */
export const multipartBody = (fields: Record<string, string>, file: MultipartFile) => {
  const boundary = `----opr-test-${randomUUID()}`
  const head = Buffer.from(`${fieldParts(boundary, fields)}${fileHead(boundary, file)}`)
  const tail = Buffer.from(closing(boundary))
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

/**
 * A small multipart/form-data body as one string, with the boundary given (so that a test can
 * write the content type itself, in any spelling), and a file part only if `fileContent` is given.
 */
export const multipartText = (
  boundary: string,
  fields: Record<string, string>,
  fileContent?: string,
) =>
  fileContent === undefined
    ? `${fieldParts(boundary, fields)}--${boundary}--\r\n`
    : `${fieldParts(boundary, fields)}${fileHead(boundary, { name: 'a.bin', type: 'application/octet-stream' })}${fileContent}${closing(boundary)}`
