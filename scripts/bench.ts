/**
 * `npm run bench`: performance figures of the production build on the embedded database,
 * printed as a Markdown table. Not part of the tests (figures depend on the machine).
 *
 * - invitation page `/`: req/s and p50/p99 at 50 connections, beside nginx serving the same HTML
 * - registration: 500 registrations racing for 100 seats (accepted/s, p95), then checked
 * - first-load JavaScript of the public pages, and the time from `npm run dev` to the first page
 */
import autocannon from 'autocannon'
import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'

import { startEmbeddedPostgres } from '../src/db/embeddedPostgres'
import { choosePort } from '../src/db/freePort'
import { berlinDateKey, berlinWallTimeToDate } from '../src/domain/dates'
import { issueFormToken } from '../src/domain/forms/spam'
import { startSmtpSink } from '../tests/helpers/smtpSink'
import { runTsxScript } from './lib/runTask'

const run = promisify(execFile)
const tsx = ['node_modules/tsx/dist/cli.mjs']
const secret = 'bench-secret-only-for-measurements-0123456789'
const rows: [string, string][] = []
const note = (what: string, value: string) => {
  rows.push([what, value])
  console.error(`[bench] ${what}: ${value}`)
}

const waitFor = async (url: string, timeoutMs = 180_000) => {
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

const load = (url: string, seconds = 10) =>
  autocannon({ url, connections: 50, duration: seconds }) as Promise<autocannon.Result>

const stopProcess = (child?: ChildProcess) => {
  if (child?.pid)
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
}

/** nginx from Debian, serving one saved HTML file on loopback; installed when missing (as root). */
const startNginx = async (dir: string, html: string) => {
  if (!existsSync('/usr/sbin/nginx') && process.getuid?.() === 0)
    spawnSync(
      'sh',
      [
        '-c',
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light || apt-get install -y -qq nginx',
      ],
      { stdio: 'ignore' },
    )
  if (!existsSync('/usr/sbin/nginx')) return undefined
  const { port } = await choosePort(3990)
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, 'index.html'), html)
  await writeFile(
    path.join(dir, 'nginx.conf'),
    `worker_processes 2; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
user root; events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:${port}; root ${dir}; location / { try_files /index.html =404; } } }`,
  )
  const child = spawn('/usr/sbin/nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir], {
    detached: true,
    stdio: 'ignore',
  })
  await waitFor(`http://127.0.0.1:${port}/`)
  return { url: `http://127.0.0.1:${port}/`, child }
}

/**
 * The JavaScript a current browser loads before the page is interactive: the page's scripts
 * except `nomodule` ones (polyfills only old browsers fetch), plus the client components' chunks
 * that the inline RSC payload names (components imported on demand load from there).
 */
const firstLoadJs = async (baseUrl: string, pagePath: string) => {
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

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`

const main = async () => {
  const work = await mkdtemp(path.join(os.tmpdir(), 'opr-bench-'))
  await chmod(work, 0o755)
  const db = await startEmbeddedPostgres({
    dataDir: path.join(work, 'pg'),
    database: 'opr',
    preferredPort: 57432,
  })
  const sink = await startSmtpSink()
  const { port } = await choosePort(3950)
  const baseUrl = `http://127.0.0.1:${port}`
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    PAYLOAD_SECRET: secret,
    SERVER_URL: baseUrl,
    PORT: String(port),
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    SMTP_SECURE: 'false',
    NEXT_TELEMETRY_DISABLED: '1',
    FORM_MIN_FILL_SECONDS: '0',
    FORM_RATE_LIMIT_PER_IP: '1000000',
  }
  let app: ChildProcess | undefined
  let nginx: ChildProcess | undefined
  try {
    await runTsxScript(['scripts/run-task.ts', 'seed'], {
      env: { ...env, NODE_ENV: 'test' as const },
    })
    const { stdout } = await runTsxScript(['tests/e2e/support/createAccounts.ts'], {
      env: { ...env, NODE_ENV: 'test' as const },
    })
    const admin = (
      JSON.parse(stdout.trim().split('\n').pop()!) as {
        role: string
        email: string
        password: string
      }[]
    ).find((a) => a.role === 'admin')!
    if (process.env.BENCH_SKIP_BUILD !== '1')
      await run(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
        env: { ...env, NODE_ENV: 'production' as const },
        maxBuffer: 64 * 1024 * 1024,
      })
    app = spawn(process.execPath, [...tsx, 'scripts/start.ts'], {
      env,
      detached: true,
      stdio: 'ignore',
    })
    await waitFor(`${baseUrl}/`)
    await load(`${baseUrl}/`, 3) // warm-up

    const page = await load(`${baseUrl}/`)
    note(
      'Einladungsseite `/` (App, 50 Verbindungen)',
      `${page.requests.average.toFixed(0)} req/s, p50 ${page.latency.p50} ms, p99 ${page.latency.p99} ms`,
    )
    const plainPage = await load(`${baseUrl}/impressum`)
    note(
      'Seite ohne Formular `/impressum` (App, 50 Verbindungen)',
      `${plainPage.requests.average.toFixed(0)} req/s, p50 ${plainPage.latency.p50} ms, p99 ${plainPage.latency.p99} ms`,
    )
    const served = await startNginx(
      path.join(work, 'nginx'),
      await (await fetch(`${baseUrl}/`)).text(),
    ).catch(() => undefined)
    if (served) {
      nginx = served.child
      await load(served.url, 3)
      const plain = await load(served.url)
      note(
        'dieselbe HTML-Datei über nginx',
        `${plain.requests.average.toFixed(0)} req/s, p50 ${plain.latency.p50} ms, p99 ${plain.latency.p99} ms`,
      )
      note(
        'Verhältnis nginx : App',
        `${(plain.requests.average / page.requests.average).toFixed(0)} : 1`,
      )
    } else note('nginx', 'nicht verfügbar (Debian-Paket nginx installieren)')

    if (process.env.BENCH_PAGES_ONLY === '1') return printTable()
    // Registration race: 500 people, 100 seats, 50 at a time.
    const login = await fetch(`${baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: admin.email, password: admin.password }),
    })
    const token = ((await login.json()) as { token: string }).token
    const api = (method: string, p: string, body?: unknown) =>
      fetch(`${baseUrl}/api${p}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      }).then(
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- API answers differ per endpoint
        (r) => r.json() as Promise<Record<string, any>>,
      )
    const form = (await api('GET', '/forms?where[kind][equals]=registration&limit=1')).docs[0]
    const date = berlinDateKey(new Date(Date.now() + 30 * 864e5))
    const event = (
      await api('POST', '/events', {
        title: 'Lasttest',
        slug: 'lasttest',
        _status: 'published',
        eventStatus: 'planned',
        start: berlinWallTimeToDate(date, '17:00').toISOString(),
        end: berlinWallTimeToDate(date, '19:00').toISOString(),
        start_tz: 'Europe/Berlin',
        end_tz: 'Europe/Berlin',
        venue: { name: 'Saal' },
        registration: { isOpen: true, capacity: 100, form: form.id },
        contact: { useOffice: true },
      })
    ).doc
    // Payload signs with a digest of the configured secret (payload.secret), so must the bench.
    const payloadSecret = createHash('sha256').update(secret).digest('hex').slice(0, 32)
    const formToken = issueFormToken(form.id, payloadSecret, new Date(Date.now() - 10_000))
    const latencies: number[] = []
    let accepted = 0
    let next = 0
    const statuses = new Map<number, number>()
    let firstError = ''
    const started = Date.now()
    const worker = async () => {
      while (next < 500) {
        const n = next++
        const t = Date.now()
        const response = await fetch(`${baseUrl}/api/form-submissions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            form: form.id,
            event: event.id,
            website: '',
            formToken,
            submissionData: [
              { field: 'name', value: `Last ${n}` },
              { field: 'email', value: `last${n}@bench.example` },
              { field: 'persons', value: '1' },
            ],
          }),
        })
        latencies.push(Date.now() - t)
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        if (response.status === 201) accepted++
        else if (!firstError) firstError = (await response.text()).slice(0, 300)
      }
    }
    await Promise.all(Array.from({ length: 50 }, worker))
    const seconds = (Date.now() - started) / 1000
    if (firstError)
      console.error(`[bench] Antworten ${JSON.stringify([...statuses])}: ${firstError}`)
    latencies.sort((a, b) => a - b)
    note(
      'Anmeldungen: 500 gleichzeitig auf 100 Plätze',
      `${(accepted / seconds).toFixed(0)} angenommen/s, p95 ${latencies[Math.floor(latencies.length * 0.95)]} ms`,
    )
    const all = (
      await api(
        'GET',
        `/form-submissions?where[event][equals]=${event.id}&limit=0&pagination=false&depth=0`,
      )
    ).docs as { status: string; persons: number }[]
    const persons = (status: string) =>
      all.filter((d) => d.status === status).reduce((s, d) => s + d.persons, 0)
    const check = `${persons('confirmed')} bestätigt, ${persons('waitlisted')} Warteliste, ${all.length} Zeilen für ${accepted} angenommene Anfragen`
    note('Ergebnis geprüft', check)
    if (
      persons('confirmed') !== 100 ||
      persons('waitlisted') !== 400 ||
      all.length !== accepted ||
      accepted !== 500
    )
      throw new Error(`Überbucht oder verloren: ${check}`)

    for (const [label, p] of [
      ['Einladungsseite `/`', '/'],
      ['Veranstaltungsseite', '/veranstaltungen/lasttest'],
      ['Partnerseite', '/partner'],
      ['Impressum (ohne Formular)', '/impressum'],
    ] as const) {
      const js = await firstLoadJs(baseUrl, p)
      note(`First-Load-JS ${label}`, `${js.files} Dateien, ${kb(js.raw)}, gzip ${kb(js.gzip)}`)
    }
  } finally {
    stopProcess(app)
    stopProcess(nginx)
    await sink.stop()
    await db.stop()
  }

  // From `npm run dev` to the first served page, on a fresh data folder.
  const devData = path.join(work, 'dev')
  await mkdir(devData)
  const { port: devPort } = await choosePort(3960)
  const started = Date.now()
  const dev = spawn('npm', ['run', 'dev'], {
    env: {
      ...process.env,
      OPR_DATA_DIR: devData,
      PORT: String(devPort),
      EMBEDDED_DB_PORT: '57532',
    },
    detached: true,
    stdio: 'ignore',
  })
  try {
    await waitFor(`http://localhost:${devPort}/`, 300_000)
    note(
      '`npm run dev` bis zur ersten Seite (frische Daten)',
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
    )
  } finally {
    stopProcess(dev)
    await new Promise((r) => setTimeout(r, 3000))
  }
  await rm(work, { recursive: true, force: true })
  printTable()
}

const printTable = () => {
  console.log(
    `\n| Messung (${os.cpus().length} Kerne, ${os.cpus()[0]?.model.trim()}) | Wert |\n| --- | --- |`,
  )
  for (const [what, value] of rows) console.log(`| ${what} | ${value} |`)
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error)
    process.exit(1)
  })
