const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text becomes inert HTML, in element content and in quoted attributes alike. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char)

/** A tagged template whose interpolations are escaped; literal parts are trusted markup. */
export function html(strings: TemplateStringsArray, ...values: string[]): string {
  return strings.reduce(
    (out, part, index) => out + part + (index < values.length ? escapeHtml(values[index] ?? '') : ''),
    '',
  )
}

/** The shared frame of every mail: plain, readable without images or styles from elsewhere. */
export function layout(body: string): string {
  return `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5;color:#333">${body}<p style="color:#999;font-size:12px">Conduit</p></body></html>`
}
