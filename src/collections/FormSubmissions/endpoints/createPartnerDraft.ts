import { commitTransaction, type Endpoint, initTransaction, killTransaction } from 'payload'

import { isCoordinatorOrAdmin } from '@/access/roles'
import { relationId } from '@/domain/relations'
import { partnerMessages } from '@/messages/partners'
import { createPartnerDraft } from '@/privacy/partnerListing'

const answer = (status: number, message: string, extra: Record<string, unknown> = {}) =>
  Response.json(status >= 400 ? { errors: [{ message }] } : { message, ...extra }, {
    status,
    headers: { 'cache-control': 'no-store' },
  })

/**
 * `POST /api/form-submissions/:id/partner-entwurf`: the coordinator's one action on a partnership
 * declaration. Editors publish partner entries but do not see declarations, so they cannot call it.
 */
export const createPartnerDraftEndpoint: Endpoint = {
  path: '/:id/partner-entwurf',
  method: 'post',
  handler: async (req) => {
    if (!isCoordinatorOrAdmin({ req })) return answer(403, partnerMessages.forbidden)
    const id = relationId(req.routeParams?.id)
    if (!id) return answer(404, partnerMessages.notFound)
    await initTransaction(req)
    try {
      const result = await createPartnerDraft(req, id)
      if (!result.ok) {
        await killTransaction(req)
        return answer(result.status, result.message)
      }
      await commitTransaction(req)
      return answer(result.created ? 201 : 200, result.message, {
        partnerId: result.partnerId,
        created: result.created,
      })
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
}
