import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'

const bucket = 'opr-medien'
let server: S3rver
let directory: string
let endpoint: string

beforeAll(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'opr-s3-'))
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  })
  const { port } = (await server.run()) as { port: number }
  endpoint = `http://127.0.0.1:${port}`
  Object.assign(process.env, {
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_REGION: 'eu-central-1',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
  })
})

afterAll(async () => {
  await server.close()
  await rm(directory, { recursive: true, force: true })
})

describe('uploads on S3-compatible storage (for several app instances)', () => {
  it('stores an uploaded image in the bucket, not on the local disk', async () => {
    const payload = await testPayload()
    const png = await sharp({
      create: { width: 4, height: 4, channels: 3, background: '#0b4f9c' },
    })
      .png()
      .toBuffer()
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Blaues Quadrat' },
      file: { data: png, mimetype: 'image/png', name: 's3-test.png', size: png.length },
    })
    expect(existsSync(path.resolve('media', 's3-test.png'))).toBe(false)

    const client = new S3Client({
      endpoint,
      region: 'eu-central-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    })
    const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: doc.filename! }))
    const stored = Buffer.from(await object.Body!.transformToByteArray())
    expect(stored.equals(png)).toBe(true)
  })
})
