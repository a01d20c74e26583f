/** The small mark in the admin navigation: the office's initials. */
export const Icon = () => (
  <span
    aria-hidden="true"
    style={{ fontWeight: 700, fontSize: '0.85rem', letterSpacing: '0.02em', whiteSpace: 'nowrap' }}
  >
    PfD OPR
  </span>
)
