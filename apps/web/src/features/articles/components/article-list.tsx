import type { ReactNode } from 'react'
import { EmptyState, ErrorState, LoadingState } from '../../../components/status'
import { ARTICLES_PER_PAGE, type ArticleFilter } from '../api/article-keys'
import { useArticles } from '../api/get-articles'
import { ArticlePreview } from './article-preview'
import { Pagination } from './pagination'

type ArticleListProps = {
  filter: ArticleFilter
  isSignedIn: boolean
  hrefForPage: (page: number) => string
  empty?: ReactNode
}

export function ArticleList({ filter, isSignedIn, hrefForPage, empty }: ArticleListProps) {
  const { data, error, isPending, isPlaceholderData, refetch } = useArticles(filter)

  if (isPending) return <LoadingState label="Loading articles…" />
  if (error)
    return <ErrorState title="Articles could not be loaded" error={error} onRetry={() => void refetch()} />
  if (data.articles.length === 0) return <EmptyState>{empty ?? 'No articles are here… yet.'}</EmptyState>

  const totalPages = Math.ceil(data.articlesCount / ARTICLES_PER_PAGE)
  return (
    <div className="article-list" aria-busy={isPlaceholderData}>
      {data.articles.map((article) => (
        <ArticlePreview key={article.slug} article={article} isSignedIn={isSignedIn} />
      ))}
      <Pagination page={filter.page} totalPages={totalPages} hrefFor={hrefForPage} />
    </div>
  )
}
