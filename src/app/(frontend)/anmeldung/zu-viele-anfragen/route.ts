import { plainPage } from '@/lib/plainPage'
import { formMessages } from '@/messages/forms'
import { submissionMessages } from '@/messages/submission'
import { returnPathParam } from '@/lib/paths'

/**
 * Where a form sent without JavaScript lands when its rate limit is reached: HTTP 429 with a German
 * explanation (a page rendered by the App Router always answers 200). With JavaScript the form
 * shows the same message in place and keeps what was typed.
 */
export const GET = (request: Request) =>
  plainPage({
    status: 429,
    title: formMessages.rateLimitedTitle,
    text: submissionMessages.rateLimited,
    back: {
      href: new URL(request.url).searchParams.get(returnPathParam) ?? '/',
      label: formMessages.rateLimitedBack,
    },
    headers: { 'retry-after': '3600' },
  })
