/**
 * Characters that change how a file name looks without being seen themselves: bidi controls
 * (U+202E turns „rechnung‮fdp.exe“ into what reads as „rechnungexe.pdf“), zero-width characters,
 * control characters and line separators. Payload removes only the ASCII/C1 control range.
 */
const invisibleCharacters = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu

/** The name as a person sees it; "datei" when nothing visible is left. */
export const visibleFilename = (name: string) => name.replace(invisibleCharacters, '') || 'datei'
