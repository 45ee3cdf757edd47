import { useSearchParams } from 'react-router'
import { paths } from '../../config/paths'
import { Pagination } from '../../features/articles/components/pagination'
import { searchQuery } from '../../features/search/api/search-articles'
import { SearchResults } from '../../features/search/components/search-results'
import { queryClient } from '../../lib/query-client'
import { readPage } from './read-page'

const readQuery = (params: URLSearchParams) => (params.get('q') ?? '').trim()

export function loader({ request }: { request: Request }) {
  const params = new URL(request.url).searchParams
  const q = readQuery(params)
  if (q) void queryClient.prefetchQuery(searchQuery({ q, page: readPage(params) }))
  return null
}

export function Component() {
  const [params] = useSearchParams()
  const q = readQuery(params)
  const page = readPage(params)
  return (
    <>
      <title>{q ? `“${q}” — Search — Conduit` : 'Search — Conduit'}</title>
      <div className="container page">
        <h1 className="page-title">{q ? `Results for “${q}”` : 'Search'}</h1>
        <SearchResults
          q={q}
          page={page}
          renderPagination={(totalPages) => (
            <Pagination page={page} totalPages={totalPages} hrefFor={(p) => paths.search(q, p)} />
          )}
        />
      </div>
    </>
  )
}
