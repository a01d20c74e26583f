import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** Database names are built from fixed prefixes and hex only, so quoting them is safe. */
export const uniqueDatabaseName = (prefix: string) => `${prefix}_${randomBytes(6).toString('hex')}`

export const withDatabaseUrl = (serverUrl: string, database: string) => {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

export const runSql = async (serverUrl: string, sql: string) => {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}
