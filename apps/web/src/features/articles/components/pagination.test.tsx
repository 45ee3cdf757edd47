import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithProviders } from '../../../test/render'
import { Pagination, pageWindow } from './pagination'

describe('pagination', () => {
  it('lists every page when there are few', () => {
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5])
  })

  it('keeps the first, last and neighbouring pages when there are many', () => {
    expect(pageWindow(1, 20)).toEqual([1, 2, 'gap', 20])
    expect(pageWindow(10, 20)).toEqual([1, 'gap', 9, 10, 11, 'gap', 20])
    expect(pageWindow(20, 20)).toEqual([1, 'gap', 19, 20])
  })

  it('marks the current page and links the others', () => {
    renderWithProviders(<Pagination page={2} totalPages={3} hrefFor={(p) => `/?page=${p}`} />)
    expect(screen.getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).toBe('page')
    expect(screen.getByRole('link', { name: 'Page 3' }).getAttribute('href')).toBe('/?page=3')
  })

  it('renders nothing for a single page', () => {
    renderWithProviders(<Pagination page={1} totalPages={1} hrefFor={() => '/'} />)
    expect(screen.queryByRole('navigation')).toBeNull()
  })
})
