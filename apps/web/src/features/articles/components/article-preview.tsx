import { Link } from 'react-router'
import { Avatar } from '../../../components/avatar'
import { paths } from '../../../config/paths'
import { formatDate } from '../../../lib/format-date'
import type { ArticleSummary } from '../api/get-articles'
import { FavoriteButton } from './favorite-button'

export function ArticlePreview({ article, isSignedIn }: { article: ArticleSummary; isSignedIn: boolean }) {
  const { author } = article
  return (
    <article className="article-preview">
      <div className="article-preview-meta">
        <Link to={paths.profile(author.username)} className="author">
          <Avatar username={author.username} image={author.image} />
          <span className="author-name">{author.username}</span>
        </Link>
        <time dateTime={article.publishedAt ?? article.updatedAt} className="muted">
          {formatDate(article.publishedAt ?? article.updatedAt)}
        </time>
        <span className="spacer" />
        <FavoriteButton
          slug={article.slug}
          title={article.title}
          favorited={article.favorited}
          favoritesCount={article.favoritesCount}
          isSignedIn={isSignedIn}
        />
      </div>
      <h2 className="article-preview-title">
        <Link to={article.published ? paths.article(article.slug) : paths.editArticle(article.slug)}>
          {article.title}
        </Link>
      </h2>
      {article.description ? <p className="article-preview-description">{article.description}</p> : null}
      <div className="article-preview-footer">
        {article.tagList.length ? (
          <ul className="tag-list" aria-label="Tags">
            {article.tagList.map((tag) => (
              <li key={tag} className="tag">
                {tag}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </article>
  )
}
