/** Answers of the sign-in (admin panel and `/api/users/login`) that Payload does not word itself. */
export const loginMessages = {
  throttled:
    'Von Ihrem Anschluss kamen in kurzer Zeit zu viele Anmeldeversuche. Bitte warten Sie 15 Minuten und versuchen Sie es dann erneut.',
} as const
