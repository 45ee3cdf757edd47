import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Markdown } from './markdown'

describe('Markdown', () => {
  it('renders markdown and GFM tables as elements, headings below the page h1', () => {
    const { container } = render(
      <Markdown source={'# Title\n\nSome **bold** text.\n\n| a | b |\n|---|---|\n| 1 | 2 |'} />,
    )
    expect(screen.getByRole('heading', { name: 'Title', level: 2 })).toBeTruthy()
    expect(container.querySelector('strong')?.textContent).toBe('bold')
    expect(container.querySelector('table')).not.toBeNull()
  })

  it('leaves <script> and <img onerror> inert', () => {
    const { container } = render(
      <Markdown
        source={'<script>window.__xss = 1</script>\n\nHello <img src="x" onerror="window.__xss = 2"> world'}
      />,
    )
    expect(container.querySelector('script')).toBeNull()
    expect(container.querySelector('img')).toBeNull()
    expect(container.querySelector('[onerror]')).toBeNull()
    expect((window as { __xss?: number }).__xss).toBeUndefined()
  })

  it('drops javascript: links', () => {
    const { container } = render(
      <Markdown source={'[click](javascript:alert(1)) and [ok](https://example.com)'} />,
    )
    const hrefs = Array.from(container.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? '')
    expect(hrefs.some((href) => href.toLowerCase().startsWith('javascript:'))).toBe(false)
    expect(hrefs).toContain('https://example.com')
  })
})
