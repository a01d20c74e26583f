/** German answers of the REST API to requests it cannot read at all. */
export const requestMessages = {
  malformedJson:
    'Die Anfrage konnte nicht gelesen werden: Ihr Inhalt ist kein gültiges JSON. Es wurde nichts gespeichert.',
  malformedForm:
    'Die Anfrage konnte nicht gelesen werden: Ihr Inhalt ist kein vollständiges Formular (multipart/form-data). Es wurde nichts gespeichert.',
  unreadableFile:
    'Die Anfrage konnte nicht gelesen werden: Das Feld „file“ enthält keine Datei, die hier hochgeladen werden kann. Es wurde nichts gespeichert.',
  fileOutsideMedia:
    'Die Anfrage enthält eine Datei. Dateien nimmt nur die Mediathek an (/api/media). Es wurde nichts gespeichert.',
  uploadNotAllowed:
    'Dateien in die Mediathek laden nur angemeldete Mitglieder der Redaktion und Administrator:innen hoch. Es wurde nichts gespeichert.',
  unsupportedMultipart:
    'Die Anfrage konnte nicht gelesen werden: Formulare nimmt die Schnittstelle nur als multipart/form-data an. Es wurde nichts gespeichert.',
  invalidValue:
    'Die Anfrage enthält einen Wert, der hier nicht passt (etwa Buchstaben, wo eine Zahl stehen muss, oder eine unbekannte Auswahl). Es wurde nichts gespeichert.',
  malformedQuery:
    'Die Anfrage konnte nicht gelesen werden: Ein Filter („where“) oder Inhalt („data“) in der Adresse ist kein gültiges JSON. Es wurde nichts gelesen oder geändert.',
  unfitValue: (operator: string, path: string) =>
    `Der Filter „${operator}“ auf „${path}“ braucht einen Text als Wert. Es wurde nichts gelesen oder geändert.`,
  unfitPlainValue: (operator: string, path: string) =>
    `Der Filter „${operator}“ auf „${path}“ braucht einen einfachen Wert oder eine Liste einfacher Werte. Es wurde nichts gelesen oder geändert.`,
  unreadableFilter:
    'Der Filter ist nicht lesbar: „and“ und „or“ brauchen eine Liste von Bedingungen, jedes Feld ein Objekt mit Vergleichen (etwa {"title": {"equals": "…"}}). Es wurde nichts gelesen oder geändert.',
  unfitOperator: (operator: string, path: string) =>
    `Der Filter „${operator}“ passt nicht zum Feld „${path}“ (etwa eine Textsuche in einem Datum oder in einer Auswahl, oder eine Entfernung zu einem Text). Es wurde nichts gelesen oder geändert.`,
  unexpected:
    'Die Anfrage konnte gerade nicht bearbeitet werden. Bitte versuchen Sie es in einigen Minuten erneut.',
  tooLarge: (limitMb: number) =>
    `Die Anfrage ist zu groß: Erlaubt ${limitMb === 1 ? 'ist' : 'sind'} höchstens ${limitMb.toLocaleString('de-DE')} MB. Es wurde nichts gespeichert.`,
} as const
