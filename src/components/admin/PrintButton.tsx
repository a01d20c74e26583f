'use client'

import { doorListMessages } from '@/messages/doorList'

const pageRuleId = 'opr-print-page'

/**
 * Prints in A4 portrait or landscape. The page size is set just before printing, because a fixed
 * `@page { size }` in the stylesheet would hide the orientation choice of the print dialog.
 */
export const PrintButton = ({ orientation }: { orientation: 'portrait' | 'landscape' }) => {
  const print = () => {
    let rule = document.getElementById(pageRuleId)
    if (!rule) {
      rule = document.createElement('style')
      rule.id = pageRuleId
      document.head.append(rule)
    }
    rule.textContent = `@page { size: A4 ${orientation}; }`
    window.print()
  }
  return (
    <button type="button" className="btn btn--style-secondary btn--size-small" onClick={print}>
      {doorListMessages.print[orientation]}
    </button>
  )
}
