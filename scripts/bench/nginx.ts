/**
 * nginx from Debian for `npm run bench`: once serving a saved HTML file (the ceiling), once as the
 * caching reverse proxy the README recommends in front of `npm start`.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { choosePort } from '../lib/postgres/freePort'
import { waitFor } from './measure'

const nginxBinary = '/usr/sbin/nginx'

/**
 * The cache part of the README's proxy configuration ("Hinter einem Proxy"), word for word: the
 * proxy keeps what the app marks `public, s-maxage=…` and nothing else (pages with personal data
 * or sessions answer `private, no-store`), lets one request refresh an entry while the others get
 * the stored copy, and bridges a short outage of the app with the last good page.
 */
export const proxyCacheDirectives = `proxy_cache opr;
proxy_cache_lock on;
proxy_cache_background_update on;
proxy_cache_use_stale updating error timeout http_502 http_503 http_504;
add_header X-Cache-Status $upstream_cache_status always;`

export const proxyCachePath = (dir: string) =>
  `proxy_cache_path ${dir} levels=1:2 keys_zone=opr:10m max_size=500m inactive=10m use_temp_path=off;`

const ensureNginx = () => {
  if (!existsSync(nginxBinary) && process.getuid?.() === 0)
    spawnSync(
      'sh',
      [
        '-c',
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light || apt-get install -y -qq nginx',
      ],
      { stdio: 'ignore' },
    )
  return existsSync(nginxBinary)
}

const startWith = async (dir: string, http: (port: number) => string) => {
  if (!ensureNginx()) return undefined
  const { port } = await choosePort(3990)
  await mkdir(dir, { recursive: true })
  const conf = path.join(dir, 'nginx.conf')
  await writeFile(
    conf,
    `worker_processes 2; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
user root; events { worker_connections 4096; }
http { access_log off; ${http(port)} }`,
  )
  const child: ChildProcess = spawn(nginxBinary, ['-c', conf, '-p', dir], {
    detached: true,
    stdio: 'ignore',
  })
  await waitFor(`http://127.0.0.1:${port}/`)
  return { url: `http://127.0.0.1:${port}`, child }
}

/** nginx serving one saved HTML file on loopback: what a static file server manages here. */
export const startStaticNginx = async (dir: string, html: string) => {
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, 'index.html'), html)
  return startWith(
    dir,
    (port) =>
      `server { listen 127.0.0.1:${port}; root ${dir}; location / { try_files /index.html =404; } }`,
  )
}

/** nginx with its proxy cache in front of the app instances given. */
export const startCachingProxy = async (dir: string, appPorts: number[]) =>
  startWith(
    dir,
    (port) => `${proxyCachePath(path.join(dir, 'cache'))}
upstream app { ${appPorts.map((p) => `server 127.0.0.1:${p};`).join(' ')} keepalive 32; }
server {
  listen 127.0.0.1:${port};
  location / {
    proxy_pass http://app;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    ${proxyCacheDirectives.replaceAll('\n', '\n    ')}
  }
}`,
  )
