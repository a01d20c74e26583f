import { issueFormToken } from '@/domain/forms/spam'
import { payloadClient } from '@/lib/content'

/**
 * A timing token issued now, for one visit. The cached page carries a token from when it was
 * built, which only says "not before then"; with JavaScript the form swaps it for this one, so the
 * "filled in too fast" check measures this visit. No database read: the token is only signed.
 */
export const GET = async (request: Request) => {
  const formId = new URL(request.url).searchParams.get('formular') ?? ''
  if (!/^[1-9]\d{0,9}$/.test(formId)) return new Response(null, { status: 400 })
  const payload = await payloadClient()
  return Response.json(
    { token: issueFormToken(formId, payload.secret) },
    { headers: { 'cache-control': 'private, no-store' } },
  )
}
