import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { EmptyState, ErrorState, LoadingState } from '../../../components/status'
import { paths } from '../../../config/paths'
import { formatDate } from '../../../lib/format-date'
import { RESULTS_PER_PAGE, type SearchResult, useSearch } from '../api/search-articles'
import { HighlightedText } from './highlighted-text'

type SearchResultsProps = {
  q: string
  page: number
  /** Page links, from the route (features don't import each other). */
  renderPagination: (totalPages: number) => ReactNode
}

export function SearchResults({ q, page, renderPagination }: SearchResultsProps) {
  const { data, error, isPending, isPlaceholderData, refetch } = useSearch({ q, page })

  if (!q.trim()) return <EmptyState>Type words to search titles, descriptions, bodies and tags.</EmptyState>
  if (isPending) return <LoadingState label="Searching…" />
  if (error) return <ErrorState title="The search failed" error={error} onRetry={() => void refetch()} />
  if (data.articles.length === 0)
    return <EmptyState>{`No articles match “${q}”. Try fewer or different words.`}</EmptyState>

  return (
    <div className="article-list" aria-busy={isPlaceholderData}>
      <p className="muted" aria-live="polite">
        {data.articlesCount === 1 ? '1 article' : `${data.articlesCount} articles`}
      </p>
      <ol className="search-results">
        {data.articles.map((article) => (
          <SearchResultItem key={article.slug} article={article} />
        ))}
      </ol>
      {renderPagination(Math.ceil(data.articlesCount / RESULTS_PER_PAGE))}
    </div>
  )
}

function SearchResultItem({ article }: { article: SearchResult }) {
  return (
    <li className="article-preview">
      <h2 className="article-preview-title">
        <Link to={paths.article(article.slug)}>{article.title}</Link>
      </h2>
      {article.highlight ? (
        <p className="search-snippet">
          <HighlightedText highlight={article.highlight} />
        </p>
      ) : null}
      <p className="muted">
        <Link to={paths.profile(article.author.username)}>{article.author.username}</Link>
        {' · '}
        <time dateTime={article.createdAt}>{formatDate(article.createdAt)}</time>
      </p>
    </li>
  )
}
