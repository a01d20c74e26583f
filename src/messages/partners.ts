/** The office's wording around partner entries made from partnership declarations. */
export const partnerMessages = {
  forbidden:
    'Partnereinträge aus Erklärungen legen nur die Koordination und die Administration an.',
  notFound: 'Diese Einsendung gibt es nicht.',
  notADeclaration: 'Nur aus einer Partnerschafts-Erklärung lässt sich ein Partnereintrag anlegen.',
  noConsent:
    'Die Organisation hat nicht eingewilligt, auf der Website genannt zu werden (oder die Einwilligung widerrufen). Ein Partnereintrag wird deshalb nicht angelegt.',
  noName: 'In der Erklärung fehlt der Name der Organisation.',
  erased:
    'Die Personendaten dieser Erklärung sind gelöscht; ein Partnereintrag wird nicht angelegt.',
  created:
    'Partnereintrag als Entwurf angelegt (nicht öffentlich). Veröffentlichen kann die Redaktion.',
  existing: 'Zu dieser Erklärung gibt es schon einen Partnereintrag.',
  historyReason: (partnerId: number) =>
    `Partnereintrag Nr. ${partnerId} als Entwurf angelegt (nicht öffentlich)`,
  publishWithoutConsent:
    'Die Organisation hat ihre Einwilligung, auf der Website genannt zu werden, nicht (mehr) erteilt. Der Eintrag darf nicht öffentlich sein.',
  unlistedActor: 'Einwilligung zur Nennung widerrufen',
} as const
