import type { ReactElement } from 'react'
import { prerender } from 'react-dom/static'

/** Server-renders a view to HTML, waiting for async server components (forms load their data). */
export const renderHtml = async (element: ReactElement): Promise<string> => {
  const { prelude } = await prerender(element)
  return new Response(prelude).text()
}
