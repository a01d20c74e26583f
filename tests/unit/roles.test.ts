import { describe, expect, it } from 'vitest'

import { isAdmin, isCoordinatorOrAdmin, isEditorOrAdmin, isStaff, roleOf } from '@/access/roles'

const as = (role: unknown) => ({ req: { user: { id: 1, role } } })

describe('the roles vocabulary', () => {
  it('answers alike for access arguments, a request and a view user', () => {
    expect(isCoordinatorOrAdmin(as('coordinator'))).toBe(true)
    expect(isCoordinatorOrAdmin({ user: { role: 'coordinator' } })).toBe(true)
    expect(isCoordinatorOrAdmin({ user: { role: 'editor' } })).toBe(false)
  })

  it('keeps each role to its remit', () => {
    expect(['admin', 'editor', 'coordinator'].map((role) => isAdmin(as(role)))).toEqual([
      true,
      false,
      false,
    ])
    expect(['admin', 'editor', 'coordinator'].map((role) => isEditorOrAdmin(as(role)))).toEqual([
      true,
      true,
      false,
    ])
    expect(['admin', 'editor', 'coordinator'].map((role) => isStaff(as(role)))).toEqual([
      true,
      true,
      true,
    ])
  })

  it('grants nothing to visitors or to anything that is not one of our roles', () => {
    for (const asker of [
      { req: { user: null } },
      { user: undefined },
      as('superadmin'),
      as(['admin']),
      { user: 'admin' },
    ]) {
      expect(roleOf(asker)).toBeNull()
      expect(isStaff(asker)).toBe(false)
    }
  })
})
