import type { PayloadProblem } from '@/domain/http/actionPayload'
import { messages } from '@/messages/de'
import { plainPage } from './plainPage'

const statusOf: Record<PayloadProblem, number> = { tooLarge: 413, malformed: 400, crossSite: 403 }

/** A form post refused by the proxy before it reached the page (too large, damaged, foreign). */
export const refusedPostPage = (problem: PayloadProblem, path: string) =>
  plainPage({
    status: statusOf[problem],
    ...messages.refusedPost[problem],
    back: { href: path, label: messages.refusedPost.back },
  })
