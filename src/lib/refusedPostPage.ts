import type { PayloadProblem } from '@/domain/http/actionPayload'
import { messages } from '@/messages/de'
import { plainPage } from './plainPage'

/** A form post refused by the proxy before it reached the page (too large or damaged). */
export const refusedPostPage = (problem: PayloadProblem, path: string) =>
  plainPage({
    status: problem === 'tooLarge' ? 413 : 400,
    ...messages.refusedPost[problem],
    back: { href: path, label: messages.refusedPost.back },
  })
