import config from '@payload-config'
import '@payloadcms/next/css'

import { offerDirectRoute } from '@/lib/directRoutes'
import { officeRestRoutes } from '@/lib/restRoutes'

const routes = officeRestRoutes(config)

// Registrations are answered by our HTTP server with this same handler, past Next.js' request
// path (see the module), once this module is loaded.
offerDirectRoute('/api/form-submissions', routes.POST)

export const GET = routes.GET
export const POST = routes.POST
export const DELETE = routes.DELETE
export const PATCH = routes.PATCH
export const PUT = routes.PUT
export const OPTIONS = routes.OPTIONS
