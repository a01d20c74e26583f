import { describe, expect, it } from 'vitest'

import { answerFieldErrors } from '@/lib/answerFieldErrors'

// A Payload ValidationError as another bundle's copy of the class makes it: the right shape, a
// minified name, and Payload's own formatting that kept only the summary.
const foreignValidationError = Object.assign(
  new Error('Das folgende Feld ist nicht korrekt: Beginn'),
  {
    name: 'h',
    status: 400,
    data: {
      collection: 'events',
      errors: [{ path: 'programme.0.startTime', message: 'Beginn 23:30 Uhr liegt nach dem Ende.' }],
    },
  },
)

describe('the REST answer to a refused save', () => {
  it('keeps the refused fields when Payload’s formatting lost them, so the admin marks them', () => {
    const answer = answerFieldErrors({
      error: foreignValidationError,
      result: { errors: [{ message: foreignValidationError.message }] },
    })
    expect(answer).toEqual({
      status: 400,
      response: {
        errors: [
          {
            name: 'ValidationError',
            message: foreignValidationError.message,
            data: {
              collection: 'events',
              errors: [
                { path: 'programme.0.startTime', message: 'Beginn 23:30 Uhr liegt nach dem Ende.' },
              ],
            },
          },
        ],
      },
    })
  })

  it('leaves an answer alone that already carries the fields, and every other error', () => {
    const formatted = { errors: [{ name: 'ValidationError', data: foreignValidationError.data }] }
    expect(answerFieldErrors({ error: foreignValidationError, result: formatted })).toBeUndefined()
    expect(
      answerFieldErrors({ error: Object.assign(new Error('x'), { status: 403 }), result: {} }),
    ).toBeUndefined()
    expect(
      answerFieldErrors({
        error: Object.assign(new Error('x'), { status: 400, data: { reason: 'duplicate' } }),
        result: {},
      }),
    ).toBeUndefined()
  })
})
