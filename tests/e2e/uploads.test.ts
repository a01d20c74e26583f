/**
 * Sign language videos of several hundred MB against the production build: streamed to disk
 * without growing the app's memory, refused in German beyond MEDIA_MAX_UPLOAD_MB (600 MB here,
 * the default); and the login cookie of production only travels over HTTPS.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { truncate, unlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'

import { mp4OfSize } from '../helpers/mp4'
import { staffApi } from './support/api'
import { logIn, useBrowser } from './support/browser'
import { sampleMemory, treeResidentBytes } from './support/processMemory'
import { uploadMedia } from './support/upload'

const megabyte = 1024 * 1024
const limit = 600 * megabyte
const tooLarge = 'Die Datei ist zu groß. Erlaubt sind höchstens 600 MB.'

const loginAs = async (role: 'editor') => {
  const account = inject('accounts').find((a) => a.role === role)!
  return fetch(`${inject('baseUrl')}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  })
}

const tokenOf = async () => ((await (await loginAs('editor')).json()) as { token: string }).token

const mediaCount = async () => {
  const editor = await staffApi('editor')
  return (await editor.call('GET', '/media?limit=1')).json.totalDocs as number
}

/** Files left in the app's upload folder (other programs use the same TMPDIR for their own). */
const leftInTemp = () => {
  const uploads = path.join(inject('appTempDir'), 'opr-uploads')
  return existsSync(uploads) ? readdirSync(uploads, { recursive: true }).length : 0
}

describe('uploading a sign language video to the running app', () => {
  it('streams a 600 MB video to disk; the app grows by less than 300 MB', async () => {
    const token = await tokenOf()
    const pid = inject('appPid')
    const before = treeResidentBytes(pid)
    const memory = sampleMemory(pid)
    const answer = await uploadMedia(
      inject('baseUrl'),
      token,
      { name: 'dgs-600.mp4', type: 'video/mp4', size: limit, content: mp4OfSize(limit, 312) },
      'Gebärdensprachvideo',
    )
    const peak = memory.stop()
    console.info(`RSS before ${before / megabyte} MB, peak ${peak / megabyte} MB`)
    expect(answer.status, JSON.stringify(answer.json)).toBe(201)
    const doc = answer.json.doc as {
      id: number
      filename: string
      filesize: number
      duration: number
    }
    expect(doc.filesize).toBe(limit)
    expect(doc.duration).toBe(312)
    expect(statSync(path.resolve('media', doc.filename)).size).toBe(limit)
    expect(peak - before).toBeLessThan(300 * megabyte)
    expect(leftInTemp()).toBe(0)
    const editor = await staffApi('editor')
    expect((await editor.call('DELETE', `/media/${doc.id}`)).status).toBe(200)
  }, 300_000)

  it('refuses one byte more with 413 and a German message, keeping nothing', async () => {
    const before = await mediaCount()
    const answer = await uploadMedia(
      inject('baseUrl'),
      await tokenOf(),
      {
        name: 'dgs-zu-gross.mp4',
        type: 'video/mp4',
        size: limit + 1,
        content: mp4OfSize(limit + 1, 60),
      },
      'Zu groß',
    )
    expect(answer.status).toBe(413)
    expect((answer.json.errors as { message: string }[])[0].message).toBe(tooLarge)
    expect(await mediaCount()).toBe(before)
    expect(existsSync(path.resolve('media', 'dgs-zu-gross.mp4'))).toBe(false)
    expect(leftInTemp()).toBe(0)
  }, 300_000)
})

describe('the admin', () => {
  const { openPage } = useBrowser()

  it('tells the editor in German that a file is too large', async () => {
    // sparse: 600 MB + 1 byte of zeros without taking that space on disk
    const file = path.join(os.tmpdir(), `opr-zu-gross-${process.pid}.mp4`)
    await writeFile(file, '')
    await truncate(file, limit + 1)
    try {
      const page = await openPage()
      await logIn(page, 'editor')
      await page.goto('/admin/collections/media/create')
      await page.locator('input[type="file"]').setInputFiles(file)
      await page.getByLabel('Alternativtext').fill('Zu großes Video')
      await page.getByRole('button', { name: 'Speichern' }).click()
      await expect
        .poll(() => page.getByText(tooLarge).count(), { timeout: 120_000 })
        .toBeGreaterThan(0)
    } finally {
      await unlink(file).catch(() => {})
    }
  }, 300_000)
})

describe('the login cookie in production', () => {
  it('is sent only over HTTPS (Secure) and hidden from scripts (HttpOnly)', async () => {
    const response = await loginAs('editor')
    expect(response.status).toBe(200)
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('payload-token='))!
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
  })
})

describe('an uploaded SVG', () => {
  it('opens as a sandboxed download, never as a page of our origin', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>',
    )
    const answer = await uploadMedia(
      inject('baseUrl'),
      await tokenOf(),
      { name: 'logo-e2e.svg', type: 'image/svg+xml', size: svg.length, content: [svg] },
      'Logo',
    )
    expect(answer.status, JSON.stringify(answer.json)).toBe(201)
    const doc = answer.json.doc as { id: number; url: string }
    try {
      const served = await fetch(new URL(doc.url, inject('baseUrl')))
      expect(served.status).toBe(200)
      expect(served.headers.get('content-disposition')).toBe('attachment')
      expect(served.headers.get('content-security-policy')).toMatch(/^sandbox; default-src 'none'/)
      expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    } finally {
      await (await staffApi('editor')).call('DELETE', `/media/${doc.id}`)
    }
  })
})
