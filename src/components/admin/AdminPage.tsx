import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'
import { isCoordinatorOrAdmin } from '@/access/roles'

/** Our own admin pages are for coordinators and admins; a view checks this before it loads data. */

/** Our own admin pages inside Payload's frame (navigation, header), for coordinators and admins. */
export const AdminPage = ({
  view,
  children,
}: {
  view: AdminViewServerProps
  children: ReactNode
}) => {
  const { initPageResult, params, searchParams } = view
  const { req, permissions, visibleEntities, locale } = initPageResult
  const allowed = isCoordinatorOrAdmin({ req })
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter className="opr-page">
        {allowed ? (
          children
        ) : (
          <>
            <h1>Keine Berechtigung</h1>
            <p>Diese Seite ist der Koordination vorbehalten.</p>
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
