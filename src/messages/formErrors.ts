/** German messages for form input, shown beside each field and in the error summary. */
export const formErrors = {
  required: (label: string) => `Bitte füllen Sie das Feld „${label}“ aus.`,
  notText: (label: string) => `„${label}“ muss ein Text sein.`,
  tooLong: (label: string, max: number) =>
    `„${label}“ darf höchstens ${max.toLocaleString('de-DE')} Zeichen lang sein.`,
  noLineBreaks: (label: string) => `„${label}“ darf keine Zeilenumbrüche enthalten.`,
  invalidCharacters: (label: string) =>
    `„${label}“ enthält Zeichen, die wir nicht verarbeiten können. Bitte prüfen Sie die Eingabe.`,
  noLinks: (label: string) => `„${label}“ darf keine Internetadresse enthalten.`,
  noMarkup: (label: string) => `„${label}“ darf keine spitzen Klammern oder HTML-Code enthalten.`,
  email: (label: string) =>
    `Bitte geben Sie bei „${label}“ eine gültige E-Mail-Adresse an, zum Beispiel name@beispiel.de.`,
  choice: (label: string) => `Bitte wählen Sie bei „${label}“ eine der angebotenen Möglichkeiten.`,
  numberRange: (label: string, min?: number, max?: number) =>
    min != null && max != null
      ? `Bitte geben Sie bei „${label}“ eine ganze Zahl von ${min} bis ${max} an.`
      : `Bitte geben Sie bei „${label}“ eine ganze Zahl an.`,
  checkbox: (label: string) => `Die Angabe bei „${label}“ ist ungültig.`,
  mustCheck: (label: string) => `Bitte bestätigen Sie „${label}“.`,
  unknownField: (name: string) => `Das Feld „${name}“ gehört nicht zu diesem Formular.`,
  invalid: 'Diese Angabe ist ungültig.',
} as const
