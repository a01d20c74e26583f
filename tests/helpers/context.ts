/** Local API calls in tests run outside Next.js: no page cache to refresh. */
export const noRevalidate = { disableRevalidate: true }
