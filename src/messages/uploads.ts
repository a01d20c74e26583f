/** German messages about media uploads, shown in the admin as the answer to a failed upload. */
export const uploadMessages = {
  tooLarge: (maxMb: number) =>
    `Die Datei ist zu groß. Erlaubt sind höchstens ${maxMb.toLocaleString('de-DE')} MB.`,
} as const
