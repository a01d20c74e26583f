import type { Payload } from 'payload'

import { readDemoAccounts } from './demoAccountsFile'

const roleNames = { admin: 'Administration', editor: 'Redaktion', coordinator: 'Koordination' }

/** Tells a new user how to get into the admin panel. */
export const printLoginHelp = async (payload: Payload, baseUrl: string) => {
  const lines = [`Website:     ${baseUrl}`, `Verwaltung:  ${baseUrl}/admin`]
  const demo = await readDemoAccounts()
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (demo.length) {
    lines.push('', 'Demo-Konten (nur in dieser lokalen Entwicklungsdatenbank):')
    for (const a of demo)
      lines.push(`  ${roleNames[a.role].padEnd(15)} ${a.email.padEnd(28)} Passwort: ${a.password}`)
  } else if (totalDocs === 0) {
    lines.push(
      '',
      `Noch kein Konto: Legen Sie unter ${baseUrl}/admin das erste Konto an (es erhält die Rolle Administrator:in).`,
    )
  } else {
    lines.push('', 'Melden Sie sich mit Ihrem Konto an.')
  }
  const width = Math.max(...lines.map((l) => l.length)) + 2
  console.info(
    ['', '═'.repeat(width), ...lines.map((l) => ` ${l}`), '═'.repeat(width), ''].join('\n'),
  )
}
