import { inject } from 'vitest'

/** Stops or starts the SMTP sink or the database under the running app (see faultControl.ts). */
export const flip = async (what: 'smtp' | 'postgres', action: 'stop' | 'start') => {
  const response = await fetch(`${inject('faultControlUrl')}/${what}/${action}`, { method: 'POST' })
  if (response.status !== 204)
    throw new Error(`${what} ${action}: ${response.status} ${await response.text()}`)
}
