/**
 * The one vocabulary of roles. Each predicate answers for the signed-in person and serves every
 * place that asks: as collection or field `access` directly (Payload passes `{ req }`), in an
 * endpoint (`isCoordinatorOrAdmin({ req })`) and in an admin view (`isCoordinatorOrAdmin({ user })`).
 * The roles themselves and their labels are in src/domain/roles.ts.
 */
import type { Access, Where } from 'payload'

import { roles, type Role } from '@/domain/roles'

/** Whatever carries the signed-in person: Payload's access arguments, a request or a view's user. */
export type Asker = { req: { user?: unknown } } | { user?: unknown }

const userOf = (asker: Asker): unknown => ('req' in asker ? asker.req.user : asker.user)

const isRole = (value: unknown): value is Role => roles.some((role) => role === value)

/** The person's role; none for visitors and for anything that is not one of our accounts. */
export const roleOf = (asker: Asker): Role | null => {
  const user = userOf(asker)
  const role = user && typeof user === 'object' && 'role' in user ? user.role : undefined
  return isRole(role) ? role : null
}

const oneOf =
  (...allowed: Role[]) =>
  (asker: Asker): boolean => {
    const role = roleOf(asker)
    return role !== null && allowed.includes(role)
  }

/** Everything, including accounts and the job queue. */
export const isAdmin = oneOf('admin')
/** Any signed-in member of the office, whatever the role. */
export const isStaff = oneOf(...roles)
/** Communications staff: pages, events, partners, forms — no personal data of submissions. */
export const isEditorOrAdmin = oneOf('admin', 'editor')
/** Personal data of submissions (lists, exports, door lists, data requests): not editors. */
export const isCoordinatorOrAdmin = oneOf('admin', 'coordinator')

export const anyone = () => true

/**
 * No request may write a field so guarded, whatever the role: only server code with
 * `overrideAccess` (a hook recording an action, an endpoint, a job) sets it. Payload drops such a
 * value from a REST or GraphQL write and keeps the stored one.
 */
export const nobody = () => false

/** Admins see every account; everyone else only their own (a row-level `Where`). */
export const isAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdmin({ req })) return true
  return { id: { equals: req.user.id } }
}

/** Staff see drafts too; everyone else only what is published. */
export const publishedOrStaff: Access = ({ req }): boolean | Where =>
  isStaff({ req }) || { _status: { equals: 'published' } }

/** An organisation appears publicly only with its consent ("darf öffentlich genannt werden"). */
export const publicPartnerOrStaff: Access = ({ req }): boolean | Where =>
  isStaff({ req }) || { isPublic: { equals: true } }

/**
 * Visitors (not signed in) send forms, coordinators and admins may enter one for someone (e.g. a
 * phone registration). Editors are communications staff and create no submissions.
 */
export const visitorOrCoordinatorOrAdmin: Access = ({ req }) =>
  !req.user || isCoordinatorOrAdmin({ req })
