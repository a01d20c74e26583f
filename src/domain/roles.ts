/**
 * The three staff roles of the office. Every signed-in person has exactly one.
 * - admin: everything, including user management
 * - editor: communications staff; pages, events, partners, forms — no personal data of submissions
 * - coordinator: reviews and manages form submissions
 */
export const roles = ['admin', 'editor', 'coordinator'] as const

export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, { de: string; en: string }> = {
  admin: { de: 'Administrator:in', en: 'Administrator' },
  editor: { de: 'Redaktion', en: 'Editor' },
  coordinator: { de: 'Koordination', en: 'Coordinator' },
}
