import type { FieldHook } from 'payload'

import { noticeDeliveryLine } from '@/domain/noticeDelivery'
import { noticeDeliveryOf } from '@/registration/noticeDelivery'

/** The virtual field "Versand": "120 von 300 versendet", counted when the notice is read. */
export const noticeDeliveryField: FieldHook = async ({ data, req }) => {
  const id = Number(data?.id)
  if (!Number.isSafeInteger(id)) return undefined
  const delivery = await noticeDeliveryOf(req, id)
  return delivery ? noticeDeliveryLine(delivery) : undefined
}
