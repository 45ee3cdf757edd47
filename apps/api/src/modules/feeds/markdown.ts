import MarkdownIt from 'markdown-it'

/**
 * Article bodies as HTML for feed readers. Raw HTML in the markdown is escaped, never passed through
 * (`html: false`), and markdown-it's link check drops `javascript:`, `vbscript:`, `file:` and non-image
 * `data:` URLs, so links of those kinds render as text.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false })

export const renderMarkdown = (source: string): string => markdown.render(source)
