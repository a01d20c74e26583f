/**
 * One server process of `npm start`: serves the built app on PORT. Started by scripts/start.ts
 * (after the checks and migrations) as a bundle run by plain Node, without tsx: with tsx's module
 * hooks in the process, every `import()` Next.js makes while answering a request (it imports the
 * cache handler per request) takes a round trip to tsx's loader thread.
 */
import { readEnvironment } from '@/config/env'

import { serveNextApp } from './lib/appServer'

const main = async () => {
  const env = readEnvironment()
  await serveNextApp({
    dev: false,
    port: Number(process.env.PORT ?? 3000),
    trusted: env.trustedProxies,
  })
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
