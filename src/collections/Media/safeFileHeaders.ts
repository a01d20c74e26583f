import { contentSecurityPolicy } from '@/config/securityHeaders'

/**
 * Types a browser shows as media without running anything in them. Everything else (SVG, XML,
 * HTML-like text) could carry script: served as a download in a sandbox, so opening its address
 * never runs code on our origin. `<img src="….svg">` still works: images ignore both headers.
 */
const displayedInline =
  /^(image\/(png|jpeg|gif|webp|avif)|video\/|audio\/|application\/pdf$|text\/vtt$)/

const development = process.env.NODE_ENV !== 'production'

export const safeFileHeaders = ({ headers }: { headers: Headers }) => {
  headers.set('X-Content-Type-Options', 'nosniff')
  const type = (headers.get('Content-Type') ?? '').toLowerCase()
  if (displayedInline.test(type)) {
    headers.set('Content-Security-Policy', contentSecurityPolicy(development))
  } else {
    headers.set('Content-Disposition', 'attachment')
    headers.set('Content-Security-Policy', "sandbox; default-src 'none'; style-src 'unsafe-inline'")
  }
  return headers
}
