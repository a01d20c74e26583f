import http from 'node:http'

import { multipartBody, type MultipartFile } from '../../helpers/multipart'

export type UploadAnswer = { status: number; json: Record<string, unknown>; bytesSent: number }

/**
 * Posts a file to /api/media as the admin does (multipart, Content-Length, file last), over a
 * real connection and respecting backpressure. Stops sending as soon as an answer arrives, as a
 * browser does when the server refuses early.
 */
export const uploadMedia = (
  baseUrl: string,
  token: string,
  file: MultipartFile,
  alt: string,
): Promise<UploadAnswer> => {
  const body = multipartBody({ _payload: JSON.stringify({ alt }) }, file)
  return new Promise((resolve, reject) => {
    let bytesSent = 0
    let answered = false
    const request = http.request(
      `${baseUrl}/api/media`,
      {
        method: 'POST',
        headers: {
          authorization: `JWT ${token}`,
          'accept-language': 'de',
          'content-type': body.contentType,
          'content-length': body.contentLength,
        },
      },
      (response) => {
        answered = true
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (piece: string) => (text += piece))
        response.on('end', () =>
          resolve({ status: response.statusCode!, json: JSON.parse(text || '{}'), bytesSent }),
        )
        response.on('error', reject)
      },
    )
    request.on('error', (error) => {
      if (!answered) reject(error)
    })
    const send = async () => {
      for await (const piece of body.pieces()) {
        if (answered || request.destroyed) return
        bytesSent += piece.length
        if (!request.write(piece)) await new Promise((r) => request.once('drain', r))
      }
      request.end()
    }
    send().catch(reject)
  })
}
