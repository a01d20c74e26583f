import type { TypedUser } from 'payload'

import { isCoordinatorOrAdmin } from '@/access/roles'
import {
  submissionKindListHref,
  submissionKindLists,
} from '@/collections/FormSubmissions/kindLists'

/** Our own admin pages in the navigation, for the roles that may use them. */
export const CoordinatorNavLinks = ({ user }: { user?: TypedUser | null }) =>
  isCoordinatorOrAdmin({ user }) ? (
    <div className="opr-nav-links">
      <a href="/admin">Übersicht</a>
      {submissionKindLists.map((list) => (
        <a key={list.kind} href={submissionKindListHref(list)}>
          {list.title}
        </a>
      ))}
      <a href="/admin/auswertung">Auswertung</a>
      <a href="/admin/datenauskunft">Datenauskunft und Löschung</a>
    </div>
  ) : null
