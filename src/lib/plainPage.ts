import { sameSitePath } from '@/domain/http/sameSitePath'
import { escapeHtml } from '@/domain/html'

/**
 * A small German HTML page for answers that carry an HTTP status the App Router's pages cannot
 * set (400, 413, 429). Plain HTML without the site's layout; it works without JavaScript.
 */
export const plainPage = ({
  status,
  title,
  text,
  back,
  headers = {},
}: {
  status: number
  title: string
  text: string
  /** `href` may come from the request: only a path of this site is linked, else the start page */
  back: { href: string; label: string }
  headers?: Record<string, string>
}) =>
  new Response(
    `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>
<p><a href="${escapeHtml(sameSitePath(back.href) ?? '/')}">${escapeHtml(back.label)}</a></p></main></body></html>`,
    {
      status,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...headers,
      },
    },
  )
