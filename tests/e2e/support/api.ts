import { inject } from 'vitest'

import type { Account } from './globalSetup'

/** REST calls against the running app, as a signed-in member of staff. */
export const staffApi = async (role: Account['role']) => {
  const baseUrl = inject('baseUrl')
  const account = inject('accounts').find((a) => a.role === role)!
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  })
  const { token } = (await login.json()) as { token: string }
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return {
      status: response.status,
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- API answers differ per endpoint
      json: (await response.json().catch(() => ({}))) as Record<string, any>,
    }
  }
  return { account, call }
}
