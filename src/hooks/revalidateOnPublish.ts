import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

import { revalidateSite } from '@/lib/revalidate'

type Publishable = { id: number | string; _status?: 'draft' | 'published' | null }

/** Drafts are invisible to the public: only a publish, or an unpublish, changes the site. */
export const revalidateOnPublish: CollectionAfterChangeHook<Publishable> = ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc._status === 'published' || previousDoc?._status === 'published') revalidateSite(req)
  return doc
}

/** For collections without drafts, every saved change is public at once. */
export const revalidateOnChange: CollectionAfterChangeHook = ({ doc, req }) => {
  revalidateSite(req)
  return doc
}

export const revalidateOnDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  revalidateSite(req)
  return doc
}

export const revalidateGlobal: GlobalAfterChangeHook = ({ doc, req }) => {
  revalidateSite(req)
  return doc
}
