/**
 * `npm run bench`: performance figures of the production build on the embedded database, printed
 * as a Markdown table. Not part of the tests (figures depend on the machine). In one run:
 *
 * - public pages at 50 connections: the app alone, nginx serving the same HTML (the ceiling), and
 *   nginx as the caching proxy of the README in front of the app, with the ratios;
 * - how old the seat count behind that proxy gets after a registration;
 * - registrations: one after another (uncontended), 500 racing for 100 seats on one instance and
 *   across two instances on one database, each checked for exact counts afterwards;
 * - first-load JavaScript of the public pages, and the time from `npm run dev` to the first page.
 */
import { execFile, spawn } from 'node:child_process'
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { startEmbeddedPostgres } from './lib/postgres/embeddedPostgres'
import { choosePort } from './lib/postgres/freePort'
import { startSmtpSink } from '../tests/helpers/smtpSink'
import { type AppInstance, startInstance } from './bench/app'
import {
  decimal,
  describeLoad,
  firstLoadJs,
  kb,
  load,
  percentOf,
  stopProcess,
  table,
  waitFor,
} from './bench/measure'
import { countCpu, describeCpu } from './bench/cpu'
import { startCachingProxy, startStaticNginx } from './bench/nginx'
import { describeProfile, profilePage, profileRegistrations } from './bench/profile'
import {
  type BenchEvent,
  checkOutcome,
  createEvent,
  type StaffApi,
  describeLatency,
  outboxEmptied,
  registerMany,
  sentMails,
  staffApi,
} from './bench/registrations'
import { runTsxScript } from './lib/runTask'

const run = promisify(execFile)
const secret = 'bench-secret-only-for-measurements-0123456789'
const results = table()
const note = results.note

/** Seconds until a page behind the proxy shows the seat count after one more registration. */
const seatCountDelay = async (proxyUrl: string, appUrl: string, event: BenchEvent) => {
  const page = `${proxyUrl}/veranstaltungen/${event.slug}`
  const seatLine = async () =>
    (await (await fetch(page)).text()).match(/Noch [\d.]+ Pl(?:atz|ätze) frei/)?.[0]
  const before = await seatLine()
  await registerMany([appUrl], event, 1, 1, 1_000)
  const started = Date.now()
  while (Date.now() - started < 120_000) {
    if ((await seatLine()) !== before) return (Date.now() - started) / 1000
    await new Promise((r) => setTimeout(r, 250))
  }
  return Infinity
}

/** Where a registration's time goes: CPU profile of a further instance over 100 registrations. */
const profileRow = async (api: StaffApi, env: NodeJS.ProcessEnv, work: string) => {
  const profileDir = path.join(work, 'profile')
  await mkdir(profileDir)
  const profiled = await profileRegistrations(
    env,
    await createEvent(api, 'lasttest-profil', 1000, secret),
    profileDir,
  )
  if (!profiled) return note('Profil einer Anmeldung', 'kein Profil geschrieben')
  const described = describeProfile(profiled)
  note('Profil einer Anmeldung (`--cpu-prof`): CPU je Anmeldung', described.cpu)
  note('davon nach Herkunft (Selbstzeit)', described.origins)
  note('davon eigene Dateien, die größten', described.own)
}

const profilePageRow = async (env: NodeJS.ProcessEnv, work: string) => {
  const profileDir = path.join(work, 'profile-page')
  await mkdir(profileDir)
  const profiled = await profilePage(env, '/', profileDir)
  if (!profiled) return note('Profil der Einladungsseite', 'kein Profil geschrieben')
  const described = describeProfile(profiled)
  note('Profil der Einladungsseite `/` aus dem Cache: CPU je Abruf', described.cpu)
  note('davon nach Herkunft (Selbstzeit)', described.origins)
}

/** Public pages: the app alone, the same HTML from nginx, the app behind nginx's cache. */
const pageRows = async (
  app: AppInstance,
  env: NodeJS.ProcessEnv,
  work: string,
  admin: { email: string; password: string },
  stopping: { child?: AppInstance['child'] }[],
) => {
  await load(`${app.url}/`, 3) // warm-up
  const page = await load(`${app.url}/`)
  note('Einladungsseite `/` (App allein, 50 Verbindungen)', describeLoad(page))
  // What a browser asks for: the kept page holds the compressed bytes Next.js sent the first time.
  const browserLike = { 'accept-encoding': 'gzip, deflate, br, zstd' }
  note(
    'Einladungsseite `/` mit Kompression wie im Browser',
    describeLoad(await load(`${app.url}/`, 10, browserLike)),
  )
  // A header the page cache lets through and Next.js ignores on a cached page: what each request
  // cost before the app server kept pages (scripts/lib/pageCache.ts).
  const pastPageCache = { authorization: 'Bench' }
  await load(`${app.url}/`, 3, pastPageCache)
  note(
    'Einladungsseite `/` nur aus dem Cache von Next.js (am Seitenspeicher vorbei)',
    describeLoad(await load(`${app.url}/`, 10, pastPageCache)),
  )
  const pair = await startInstance({ ...env, WEB_CONCURRENCY: '2' }, 3960)
  await load(`${pair.url}/`, 3)
  const paired = await load(`${pair.url}/`)
  stopProcess(pair.child)
  note('Einladungsseite `/` (App allein, WEB_CONCURRENCY=2)', describeLoad(paired))
  note('`/veranstaltungen` (App allein)', describeLoad(await load(`${app.url}/veranstaltungen`)))
  note('`/impressum` (App allein)', describeLoad(await load(`${app.url}/impressum`)))
  const html = await (await fetch(`${app.url}/`)).text()
  note('HTML von `/` (ohne Kompression)', kb(Buffer.byteLength(html)))
  const plain = await startStaticNginx(path.join(work, 'nginx-static'), html).catch(() => undefined)
  if (!plain) note('nginx', 'nicht verfügbar (Debian-Paket nginx installieren)')
  else {
    stopping.push(plain)
    await load(`${plain.url}/`, 3)
    const ceiling = await load(`${plain.url}/`)
    stopProcess(plain.child)
    note('dieselbe HTML-Datei über nginx (statisch)', describeLoad(ceiling))
    note('App allein im Verhältnis zu nginx', percentOf(page.reqPerSec, ceiling.reqPerSec))
    note(
      'App allein mit zwei Serverprozessen im Verhältnis zu nginx',
      percentOf(paired.reqPerSec, ceiling.reqPerSec),
    )
    const proxy = await startCachingProxy(path.join(work, 'nginx-proxy'), [app.port])
    if (proxy) {
      stopping.push(proxy)
      await load(`${proxy.url}/`, 3)
      const cached = await load(`${proxy.url}/`)
      note('Einladungsseite `/` hinter nginx mit Proxy-Cache (README)', describeLoad(cached))
      note(
        'hinter dem Proxy im Verhältnis zu nginx',
        percentOf(cached.reqPerSec, ceiling.reqPerSec),
      )
      const api = await staffApi(app.url, admin)
      const fresh = await createEvent(api, 'lasttest-plaetze', 100, secret)
      await fetch(`${proxy.url}/veranstaltungen/${fresh.slug}`) // into the proxy's cache
      const delay = await seatCountDelay(proxy.url, app.url, fresh)
      note(
        'freie Plätze hinter dem Proxy aktuell nach',
        Number.isFinite(delay) ? `${decimal(delay)} s` : 'über 120 s',
      )
    }
  }
}

const main = async () => {
  const raceOnly = process.env.BENCH_RACE_ONLY === '1'
  const work = await mkdtemp(path.join(os.tmpdir(), 'opr-bench-'))
  await chmod(work, 0o755)
  const db = await startEmbeddedPostgres({
    dataDir: path.join(work, 'pg'),
    database: 'opr',
    preferredPort: 57432,
  })
  const sink = await startSmtpSink()
  const { port: appPort } = await choosePort(3950)
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    PAYLOAD_SECRET: secret,
    SERVER_URL: `http://127.0.0.1:${appPort}`,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    SMTP_SECURE: 'false',
    NEXT_TELEMETRY_DISABLED: '1',
    FORM_MIN_FILL_SECONDS: '0',
    FORM_RATE_LIMIT_PER_IP: '1000000',
  }
  const stopping: { child?: AppInstance['child'] }[] = []
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
    const app = await startInstance(env, appPort)
    stopping.push(app)
    if (process.env.BENCH_PROFILE_ONLY === '1') {
      await profilePageRow(env, work)
      await profileRow(await staffApi(app.url, admin), env, work)
      return results.print(heading())
    }

    if (!raceOnly) await pageRows(app, env, work, admin, stopping)
    if (process.env.BENCH_PAGES_ONLY === '1') return results.print(heading())

    const api = await staffApi(app.url, admin)
    const quiet = await createEvent(api, 'lasttest-einzeln', 1000, secret)
    await registerMany([app.url], quiet, 5, 1) // warm-up of the path
    const countingSingle = countCpu([app.child.pid!])
    const single = await registerMany([app.url], quiet, 50, 1, 5)
    const singleCpu = countingSingle()
    note('eine Anmeldung ohne Gedränge (50 nacheinander)', describeLatency(single))
    note('dabei Rechenzeit', describeCpu(singleCpu, single.accepted, 'Anmeldung'))
    await checkOutcome(api, quiet, { confirmed: 55, waitlisted: 0, rows: 55 })
    await outboxEmptied(api)

    if (!raceOnly) {
      await profileRow(api, env, work)
      await outboxEmptied(api) // the profiled instance's mails, sent by the first one
    }

    const appRoots: number[] = []
    const race = async (label: string, urls: string[], slug: string) => {
      const event = await createEvent(api, slug, 100, secret)
      const sentBefore = await sentMails(api)
      const stopCounting = countCpu(appRoots)
      const run = await registerMany(urls, event, 500, 50)
      const cpu = stopCounting()
      if (run.error) console.error(`[bench] erste Ablehnung: ${run.error}`)
      // The mails of the race: some went out during it (their work is in the figures above),
      // the rest after the last answer. Waited for, so the next row does not pay for them.
      const sentDuring = (await sentMails(api)) - sentBefore
      const stopCountingMail = countCpu(appRoots)
      const drainSeconds = await outboxEmptied(api)
      const mailCpu = stopCountingMail()
      const sentAfter = (await sentMails(api)) - sentBefore - sentDuring
      note(
        label,
        `${(run.accepted / run.seconds).toFixed(0)} angenommen/s, ${describeLatency(run)}`,
      )
      note(`${label}: Rechenzeit`, describeCpu(cpu, run.accepted, 'Anmeldung'))
      note(
        `${label}: geprüft`,
        await checkOutcome(api, event, { confirmed: 100, waitlisted: 400, rows: 500 }),
      )
      note(
        `${label}: E-Mails`,
        `${sentDuring + sentAfter} versendet, ${sentDuring} davon während der Anmeldungen; alle ${decimal(run.seconds + drainSeconds)} s nach der ersten Anmeldung`,
      )
      if (sentAfter > 0)
        note(`${label}: Rechenzeit des Versands danach`, describeCpu(mailCpu, sentAfter, 'E-Mail'))
    }
    appRoots.push(app.child.pid!)
    await race(
      '500 Anmeldungen gleichzeitig auf 100 Plätze (eine Instanz)',
      [app.url],
      'lasttest-1',
    )
    const second = await startInstance(env, 3970)
    stopping.push(second)
    // Warmed like the first: its first request loads the API route (a second or more), which
    // would otherwise show up as the slowest registrations of the race.
    await registerMany([second.url], quiet, 5, 1, 1_000)
    appRoots.push(second.child.pid!)
    await race(
      '500 Anmeldungen gleichzeitig auf 100 Plätze (zwei Instanzen, eine Datenbank)',
      [app.url, second.url],
      'lasttest-2',
    )

    if (raceOnly) return results.print(heading())
    for (const [label, p] of [
      ['Einladungsseite `/`', '/'],
      ['Veranstaltungsseite', '/veranstaltungen/lasttest-1'],
      ['`/veranstaltungen`', '/veranstaltungen'],
      ['`/impressum` (Seite ohne Formular)', '/impressum'],
    ] as const) {
      const js = await firstLoadJs(app.url, p)
      note(`First-Load-JS ${label}`, `${js.files} Dateien, ${kb(js.raw)}, gzip ${kb(js.gzip)}`)
    }
  } finally {
    for (const { child } of stopping) stopProcess(child)
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
      `${decimal((Date.now() - started) / 1000)} s`,
    )
  } finally {
    stopProcess(dev)
    await new Promise((r) => setTimeout(r, 3000))
  }
  await rm(work, { recursive: true, force: true })
  results.print(heading())
}

const heading = () => `Messung (${os.cpus().length} Kerne, ${os.cpus()[0]?.model.trim()})`

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error)
    process.exit(1)
  })
