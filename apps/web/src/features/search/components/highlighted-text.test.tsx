import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { HighlightedText } from './highlighted-text'

const marked = (container: HTMLElement) =>
  [...container.querySelectorAll('mark')].map((mark) => mark.textContent)

describe('HighlightedText', () => {
  it('wraps the marked ranges in <mark> and keeps the rest as text', () => {
    const { container } = render(
      <p>
        <HighlightedText
          highlight={{
            text: 'Learning Rust and Go',
            marks: [
              [9, 13],
              [18, 20],
            ],
          }}
        />
      </p>,
    )
    expect(container.textContent).toBe('Learning Rust and Go')
    expect(marked(container)).toEqual(['Rust', 'Go'])
  })

  it('renders HTML in the snippet as text, never as elements', () => {
    const { container } = render(
      <p>
        <HighlightedText highlight={{ text: '<img src=x onerror=alert(1)> rust', marks: [[29, 33]] }} />
      </p>,
    )
    expect(container.querySelector('img')).toBeNull()
    expect(container.textContent).toBe('<img src=x onerror=alert(1)> rust')
    expect(marked(container)).toEqual(['rust'])
  })

  it('skips marks that overlap or fall outside the text', () => {
    const { container } = render(
      <p>
        <HighlightedText
          highlight={{
            text: 'abcdef',
            marks: [
              [0, 2],
              [1, 3],
              [4, 99],
              [5, 5],
              [4, 6],
            ],
          }}
        />
      </p>,
    )
    expect(container.textContent).toBe('abcdef')
    expect(marked(container)).toEqual(['ab', 'ef'])
  })
})
