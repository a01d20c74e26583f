import { APIError } from 'payload'

import { noticeMessages } from '@/messages/notices'

export type NoticeRefusal = keyof typeof noticeMessages.refused

/** A notice that cannot go out as written: a German message and HTTP 400. */
export class NoticeRefused extends APIError<{ reason: NoticeRefusal }> {
  constructor(reason: NoticeRefusal) {
    super(noticeMessages.refused[reason], 400, { reason }, true)
    this.name = 'NoticeRefused'
  }
}
