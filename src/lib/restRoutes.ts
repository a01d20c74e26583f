import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { asOfficeApiRequest } from './officeApiRequest'
import { withoutVersionsOfUnversioned } from './unversionedApiPaths'

/**
 * The REST API's route handlers as `/api/[...slug]` serves them: Payload's, behind our German and
 * body limit (`asOfficeApiRequest`) and, for reads and posts, the 404 for versions of collections
 * without versions. One place, so that the in-process tests call exactly what the app serves.
 */
export const officeRestRoutes = (config: Promise<SanitizedConfig>) => ({
  GET: asOfficeApiRequest(config, withoutVersionsOfUnversioned(config, REST_GET(config))),
  POST: asOfficeApiRequest(config, withoutVersionsOfUnversioned(config, REST_POST(config))),
  DELETE: asOfficeApiRequest(config, REST_DELETE(config)),
  PATCH: asOfficeApiRequest(config, REST_PATCH(config)),
  PUT: asOfficeApiRequest(config, REST_PUT(config)),
  OPTIONS: asOfficeApiRequest(config, REST_OPTIONS(config)),
})
