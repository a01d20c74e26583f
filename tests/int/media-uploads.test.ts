/**
 * Media uploads through the app's real REST route handler, as the admin sends them (multipart,
 * file last): large videos are accepted up to MEDIA_MAX_UPLOAD_MB (600 MB by default) and streamed
 * to disk; anything larger ends with 413 and a German sentence; stored files are served so that
 * no upload can run script on our origin, under a name without hidden characters.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { mp4OfSize, tinyMp4 } from '../helpers/mp4'
import { multipartBody, type MultipartFile } from '../helpers/multipart'
import { testPayload } from '../helpers/payload'
import { createStaff } from '../helpers/users'

type RouteContext = { params: Promise<{ slug?: string[] }> }
type Handler = (request: Request, context: RouteContext) => Promise<Response>

const megabyte = 1024 * 1024
let payload: Payload
let token: string
let rest: { GET: Handler; POST: Handler }

const slugOf = (url: string) => new URL(url).pathname.split('/').filter(Boolean).slice(1)

const streamOf = (pieces: AsyncIterator<Uint8Array>) =>
  new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await pieces.next()
      if (done) controller.close()
      else controller.enqueue(value)
    },
  })

const upload = async (file: MultipartFile, alt = 'Testdatei') => {
  const body = multipartBody({ _payload: JSON.stringify({ alt }) }, file)
  const url = 'http://localhost:3000/api/media'
  const request = new Request(url, {
    method: 'POST',
    headers: {
      authorization: `JWT ${token}`,
      'content-type': body.contentType,
      'content-length': String(body.contentLength),
    },
    body: streamOf(body.pieces()),
    duplex: 'half',
  } as RequestInit)
  const response = await rest.POST(request, { params: Promise.resolve({ slug: slugOf(url) }) })
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the REST answer's shape
  return { status: response.status, json: (await response.json()) as Record<string, any> }
}

const fetchFile = (filename: string) => {
  const url = `http://localhost:3000/api/media/file/${encodeURIComponent(filename)}`
  return rest.GET(new Request(url), { params: Promise.resolve({ slug: slugOf(url) }) })
}

const mediaCount = async () => (await payload.count({ collection: 'media' })).totalDocs

beforeAll(async () => {
  payload = await testPayload()
  token = (await createStaff(payload, 'editor')).token
  const { default: config } = await import('@payload-config')
  const routes = await import('@payloadcms/next/routes')
  rest = { GET: routes.REST_GET(config), POST: routes.REST_POST(config) }
})

describe('uploading a sign language video', () => {
  it('accepts a video of exactly 600 MB and reads its duration from the file on disk', async () => {
    const size = 600 * megabyte
    const { status, json } = await upload({
      name: 'dgs-gross.mp4',
      type: 'video/mp4',
      size,
      content: mp4OfSize(size, 95.5),
    })
    expect(status, JSON.stringify(json)).toBe(201)
    expect(json.doc.filesize).toBe(size)
    expect(json.doc.duration).toBe(95.5)
    expect(statSync(path.resolve('media', json.doc.filename)).size).toBe(size)
    await payload.delete({ collection: 'media', id: json.doc.id })
  }, 120_000)

  it('refuses a file one byte over the limit with 413 and a German message, storing nothing', async () => {
    const before = await mediaCount()
    const size = 600 * megabyte + 1
    const { status, json } = await upload({
      name: 'dgs-zu-gross.mp4',
      type: 'video/mp4',
      size,
      content: mp4OfSize(size, 60),
    })
    expect(status).toBe(413)
    expect(json.errors[0].message).toBe('Die Datei ist zu groß. Erlaubt sind höchstens 600 MB.')
    expect(await mediaCount()).toBe(before)
    expect(existsSync(path.resolve('media', 'dgs-zu-gross.mp4'))).toBe(false)
  }, 120_000)
})

describe('serving uploaded files', () => {
  it('serves an SVG as a sandboxed download, so opening its address runs no script', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
    )
    const { status, json } = await upload(
      { name: 'logo-test.svg', type: 'image/svg+xml', size: svg.length, content: [svg] },
      'Logo',
    )
    expect(status, JSON.stringify(json)).toBe(201)
    const response = await fetchFile(json.doc.filename)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe('attachment')
    expect(response.headers.get('content-security-policy')).toMatch(/^sandbox; default-src 'none'/)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    await payload.delete({ collection: 'media', id: json.doc.id })
  })

  it('shows photos and videos in the browser as before', async () => {
    const video = tinyMp4(3)
    const { json } = await upload({
      name: 'clip.mp4',
      type: 'video/mp4',
      size: video.length,
      content: [video],
    })
    const response = await fetchFile(json.doc.filename)
    expect(response.headers.get('content-type')).toBe('video/mp4')
    expect(response.headers.get('content-disposition')).toBeNull()
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self'/)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    await payload.delete({ collection: 'media', id: json.doc.id })
  })
})

describe('names of uploaded files', () => {
  it('drops bidi overrides and invisible characters that disguise a file type', async () => {
    const png = await sharp({
      create: { width: 2, height: 2, channels: 3, background: '#ffffff' },
    })
      .png()
      .toBuffer()
    // shown as "fotoexe.png" would read as "foto" + reversed "gnp.exe"
    const { status, json } = await upload({
      name: 'foto\u202Eexe\u200B\u2066.png',
      type: 'image/png',
      size: png.length,
      content: [png],
    })
    expect(status, JSON.stringify(json)).toBe(201)
    expect(json.doc.filename).toBe('fotoexe.png')
    await payload.delete({ collection: 'media', id: json.doc.id })
  })
})
