/** Load, timing and size helpers of `npm run bench` (autocannon at 50 connections, as before). */
import autocannon from 'autocannon'
import type { ChildProcess } from 'node:child_process'
import { gzipSync } from 'node:zlib'

export const connections = 50

export const waitFor = async (url: string, timeoutMs = 180_000) => {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (
      await fetch(url).then(
        (r) => r.status < 500,
        () => false,
      )
    )
      return Date.now() - started
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${url} antwortet nicht`)
}

export type Load = { reqPerSec: number; p50: number; p99: number; non2xx: number }

export const load = async (
  url: string,
  seconds = 10,
  headers?: Record<string, string>,
): Promise<Load> => {
  const result = (await autocannon({
    url,
    connections,
    duration: seconds,
    headers,
  })) as autocannon.Result
  return {
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
  }
}

export const describeLoad = (l: Load) =>
  `${l.reqPerSec.toFixed(0)} req/s, p50 ${l.p50} ms, p99 ${l.p99} ms` +
  (l.non2xx ? ` (${l.non2xx} Antworten nicht 2xx)` : '')

/** One decimal, with the German decimal comma. */
export const decimal = (n: number) => n.toFixed(1).replace('.', ',')

/** Share of `part` in `whole` as a German percentage, e.g. "12,4 %". */
export const percentOf = (part: number, whole: number) => `${decimal((100 * part) / whole)} %`

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN

export const stopProcess = (child?: ChildProcess) => {
  if (child?.pid)
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
}

/**
 * The JavaScript a current browser loads before the page is interactive: the page's scripts
 * except `nomodule` ones (polyfills only old browsers fetch), plus the client components' chunks
 * that the inline RSC payload names (components imported on demand load from there).
 */
export const firstLoadJs = async (baseUrl: string, pagePath: string) => {
  const html = await (await fetch(`${baseUrl}${pagePath}`)).text()
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)]
  const nomodule = new Set(tags.filter((m) => /\snomodule/i.test(m[0])).map((m) => m[1]!))
  const fromPayload = [...html.matchAll(/\/_next\/static\/chunks\/[\w.-]+\.js/g)].map((m) => m[0])
  const scripts = [...new Set([...tags.map((m) => m[1]!), ...fromPayload])].filter(
    (src) => !nomodule.has(src),
  )
  let raw = 0
  let gzip = 0
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer())
    raw += body.length
    gzip += gzipSync(body).length
  }
  return { files: scripts.length, raw, gzip }
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`

/** The printed result: one Markdown row per figure, echoed to stderr while the bench runs. */
export const table = () => {
  const rows: [string, string][] = []
  return {
    note: (what: string, value: string) => {
      rows.push([what, value])
      console.error(`[bench] ${what}: ${value}`)
    },
    print: (heading: string) => {
      console.log(`\n| ${heading} | Wert |\n| --- | --- |`)
      for (const [what, value] of rows) console.log(`| ${what} | ${value} |`)
    },
  }
}
