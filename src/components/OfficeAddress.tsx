import type { SiteSetting } from '@/payload-types'

/** The office's postal address as the letterhead gives it, one part per line. */
export const OfficeAddress = ({
  office,
  className,
}: {
  office: SiteSetting['office']
  className?: string
}) => {
  const lines = [
    office.organisation,
    office.unit,
    office.name,
    office.street,
    [office.postalCode, office.city].filter(Boolean).join(' '),
  ].filter(Boolean)
  return (
    <p className={className}>
      {lines.map((line, i) => (
        <span key={i}>
          {line}
          {i < lines.length - 1 && <br />}
        </span>
      ))}
    </p>
  )
}
