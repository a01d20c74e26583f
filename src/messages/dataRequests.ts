/** What the data-request endpoints (Datenauskunft, Löschung) answer staff. */
export const dataRequestMessages = {
  forbidden: 'Keine Berechtigung für Datenschutz-Anfragen.',
  invalidEmail: 'Bitte geben Sie eine gültige E-Mail-Adresse an.',
  confirmationMismatch:
    'Zur Bestätigung muss die E-Mail-Adresse genau noch einmal eingegeben werden.',
}
