import type { ReactNode } from 'react'

/** h1 for the block that opens the page, h2 otherwise: exactly one h1 per page. */
export const Heading = ({
  level,
  children,
  id,
}: {
  level: 1 | 2
  children: ReactNode
  id?: string
}) => (level === 1 ? <h1 id={id}>{children}</h1> : <h2 id={id}>{children}</h2>)
