/**
 * What busboy (through Payload) reports for a multipart body it cannot take apart: cut off, a
 * broken part header, no boundary. The request's fault, though Payload passes it on as a 500.
 */
export const unreadableMultipartMessages: ReadonlySet<string> = new Set([
  'Unexpected end of form',
  'Malformed part header',
  'Multipart: Boundary not found',
  'Request is not eligible for file upload',
])
