/** German answers of the REST API to requests it cannot read at all. */
export const requestMessages = {
  malformedJson:
    'Die Anfrage konnte nicht gelesen werden: Ihr Inhalt ist kein gültiges JSON. Es wurde nichts gespeichert.',
  malformedForm:
    'Die Anfrage konnte nicht gelesen werden: Ihr Inhalt ist kein vollständiges Formular (multipart/form-data). Es wurde nichts gespeichert.',
} as const
