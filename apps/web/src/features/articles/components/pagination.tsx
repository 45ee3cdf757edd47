import { Link } from 'react-router'

type PaginationProps = { page: number; totalPages: number; hrefFor: (page: number) => string }

export function Pagination({ page, totalPages, hrefFor }: PaginationProps) {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label="Pages">
      <ul>
        {pageWindow(page, totalPages).map((item, index) =>
          item === 'gap' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no identity of their own
            <li key={`gap-${index}`} className="pagination-gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item}>
              <Link
                to={hrefFor(item)}
                aria-current={item === page ? 'page' : undefined}
                aria-label={`Page ${item}`}
                preventScrollReset={false}
              >
                {item}
              </Link>
            </li>
          ),
        )}
      </ul>
    </nav>
  )
}

/** 1 … 4 5 6 … 20: the first and last pages, and the neighbours of the current one. */
export function pageWindow(page: number, totalPages: number): Array<number | 'gap'> {
  if (totalPages <= 7) return Array.from({ length: totalPages }, (_, i) => i + 1)
  const pages = new Set([1, totalPages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= totalPages))
  const sorted = [...pages].sort((a, b) => a - b)
  const result: Array<number | 'gap'> = []
  for (const p of sorted) {
    const last = result[result.length - 1]
    if (typeof last === 'number' && p - last > 1) result.push('gap')
    result.push(p)
  }
  return result
}
