import type { Endpoint, PayloadRequest, Where } from 'payload'

import { isCoordinatorOrAdmin } from '@/access/roles'
import { collectionSlugs } from '@/config/slugs'
import { csvBom, csvRow } from '@/domain/export/csv'
import { exportColumns, type ExportableSubmission } from '@/domain/export/submissionColumns'
import { relationId } from '@/domain/relations'
import { submissionMessages } from '@/messages/submission'

const batchSize = 500

/** The list view's filter (`where`) and search box (`search`) as one query. */
export const listQueryOf = (req: PayloadRequest): Where => {
  const query = (req.query ?? {}) as { where?: Where; search?: string }
  const parts: Where[] = []
  if (query.where && typeof query.where === 'object') parts.push(query.where)
  const search = typeof query.search === 'string' ? query.search.trim().slice(0, 200) : ''
  if (search)
    parts.push({
      or: ['name', 'email', 'organisation'].map((field) => ({ [field]: { like: search } })),
    })
  return parts.length ? { and: parts } : {}
}

const titlesOf = async (req: PayloadRequest, collection: 'forms' | 'events') => {
  const { docs } = await req.payload.find({
    collection,
    select: { title: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    draft: collection === 'events',
  })
  return new Map(docs.map((doc) => [doc.id, doc.title as string]))
}

/**
 * Reads the filtered submissions in batches by id, never all at once, so exporting 10 000 rows
 * holds 500 in memory. Access is checked again by the query itself (`overrideAccess: false`).
 */
async function* batchesOf(req: PayloadRequest, where: Where) {
  let lastId = 0
  for (;;) {
    const { docs } = await req.payload.find({
      collection: collectionSlugs.formSubmissions,
      where: { and: [where, { id: { greater_than: lastId } }] },
      sort: 'id',
      limit: batchSize,
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
    if (!docs.length) return
    const batch: ExportableSubmission[] = docs
    yield batch
    lastId = docs[docs.length - 1]!.id
    if (docs.length < batchSize) return
  }
}

/** `GET /api/form-submissions/export?format=csv|json&where[...]&search=…` */
export const exportSubmissions: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!isCoordinatorOrAdmin({ req }))
      return Response.json(
        { errors: [{ message: submissionMessages.exportForbidden }] },
        { status: 403 },
      )
    const format = (req.query as { format?: string }).format === 'json' ? 'json' : 'csv'
    const where = listQueryOf(req)
    const [forms, events] = await Promise.all([titlesOf(req, 'forms'), titlesOf(req, 'events')])
    const context = {
      formTitle: (s: ExportableSubmission) =>
        forms.get(relationId((s as { form?: unknown }).form) ?? 0) ?? '',
      eventTitle: (s: ExportableSubmission) =>
        events.get(relationId((s as { event?: unknown }).event) ?? 0) ?? '',
    }
    const encoder = new TextEncoder()
    const batches = batchesOf(req, where)
    // The first batch before the answer's head: a filter the database or the operator check refuses
    // is then a 400 with its sentence, not a download cut off after the header row.
    let waiting: IteratorResult<ExportableSubmission[]> | undefined = await batches.next()
    let first = true
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          encoder.encode(
            format === 'csv' ? csvBom + csvRow(exportColumns.map((c) => c.heading)) : '[',
          ),
        )
      },
      async pull(controller) {
        const next = waiting ?? (await batches.next())
        waiting = undefined
        if (next.done) {
          if (format === 'json') controller.enqueue(encoder.encode('\n]\n'))
          controller.close()
          return
        }
        const chunk = next.value
          .map((doc) => {
            if (format === 'csv') return csvRow(exportColumns.map((c) => c.value(doc, context)))
            const record = Object.fromEntries(
              exportColumns.map((c) => [c.heading, c.value(doc, context) ?? null]),
            )
            const line = `${first ? '' : ','}\n${JSON.stringify(record)}`
            first = false
            return line
          })
          .join('')
        controller.enqueue(encoder.encode(chunk))
      },
    })
    const date = new Date().toISOString().slice(0, 10)
    return new Response(stream, {
      headers: {
        'content-type':
          format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="einsendungen-${date}.${format}"`,
        'cache-control': 'no-store',
      },
    })
  },
}
