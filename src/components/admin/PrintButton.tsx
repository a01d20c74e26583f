'use client'

export const PrintButton = () => (
  <button
    type="button"
    className="btn btn--style-secondary btn--size-small"
    onClick={() => window.print()}
  >
    Drucken
  </button>
)
