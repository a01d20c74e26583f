import { officeName } from '@/config/office'

/** Shown on the login screen: the office's name instead of Payload's logo. */
export const Logo = () => (
  <div style={{ textAlign: 'center' }}>
    <p style={{ fontSize: '1.5rem', fontWeight: 700, lineHeight: 1.3, margin: 0 }}>{officeName}</p>
    <p style={{ margin: '0.5rem 0 0' }}>Verwaltung der Website</p>
  </div>
)
