import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { Avatar } from '../../components/avatar'
import { Markdown } from '../../components/markdown'
import { ErrorState, LoadingState } from '../../components/status'
import { paths } from '../../config/paths'
import { articleKeys } from '../../features/articles/api/article-keys'
import { useDeleteArticle } from '../../features/articles/api/delete-article'
import { type Article, articleQuery, useArticle } from '../../features/articles/api/get-article'
import { CopyPreviewLink } from '../../features/articles/components/copy-preview-link'
import { FavoriteButton } from '../../features/articles/components/favorite-button'
import { type CurrentUser, useCurrentUser } from '../../features/auth/api/get-current-user'
import { commentsQuery } from '../../features/comments/api/get-comments'
import { CommentForm } from '../../features/comments/components/comment-form'
import { CommentList } from '../../features/comments/components/comment-list'
import { ReportButton } from '../../features/moderation/components/report-button'
import { FollowButton } from '../../features/profiles/components/follow-button'
import { formatDate } from '../../lib/format-date'
import { queryClient } from '../../lib/query-client'

/** A draft's preview link carries `?preview=<token>`; without it, a draft is its author's alone. */
const previewOf = (params: URLSearchParams) => params.get('preview') ?? undefined

export async function loader({ request, params }: { request: Request; params: { slug?: string } }) {
  const slug = params.slug ?? ''
  const preview = previewOf(new URL(request.url).searchParams)
  if (!preview) void queryClient.prefetchQuery(commentsQuery(slug))
  await queryClient.ensureQueryData(articleQuery(slug, preview))
  return null
}

export function Component() {
  const slug = useParams().slug ?? ''
  const [searchParams] = useSearchParams()
  const { data: article, error, isPending, refetch } = useArticle(slug, previewOf(searchParams))
  const { user } = useCurrentUser()

  if (isPending) return <LoadingState label="Loading article…" />
  if (error)
    return <ErrorState title="The article could not be loaded" error={error} onRetry={() => void refetch()} />

  return (
    <article className="article-page">
      <title>{`${article.title} — Conduit`}</title>
      <header className="article-banner">
        <div className="container">
          {article.published ? null : (
            <p className="draft-badge">Draft — only you and whoever holds its preview link can read it.</p>
          )}
          {article.hidden ? (
            <p className="draft-badge">Hidden by a moderator: only its author and moderators can read it.</p>
          ) : null}
          <h1>{article.title}</h1>
          <ArticleMeta article={article} user={user} />
          {!article.published && article.previewToken ? (
            <CopyPreviewLink slug={article.slug} previewToken={article.previewToken} />
          ) : null}
        </div>
      </header>
      <div className="container page article-content">
        <Markdown source={article.body} />
        {article.tagList.length ? (
          <ul className="tag-list" aria-label="Tags">
            {article.tagList.map((tag) => (
              <li key={tag}>
                <Link className="tag tag-link" to={paths.home({ tag })}>
                  {tag}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        <hr />
        <div className="article-footer-meta">
          <ArticleMeta article={article} user={user} />
        </div>
        {article.published ? <Comments article={article} user={user} /> : null}
      </div>
    </article>
  )
}

/** Drafts take no comments: the API answers 404 to everyone but their author. */
function Comments({ article, user }: { article: Article; user: CurrentUser | null }) {
  return (
    <section className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">Comments</h2>
      {user ? (
        <CommentForm slug={article.slug} username={user.username} image={user.image} />
      ) : (
        <p className="muted">
          <Link to={paths.login(paths.article(article.slug))}>Sign in</Link> or{' '}
          <Link to={paths.register()}>sign up</Link> to add comments on this article.
        </p>
      )}
      <CommentList
        slug={article.slug}
        currentUsername={user?.username ?? null}
        renderActions={(comment) =>
          user ? (
            <ReportButton
              subject={{ kind: 'comment', slug: article.slug, id: comment.id }}
              description={`comment by ${comment.author.username}`}
            />
          ) : null
        }
      />
    </section>
  )
}

function ArticleMeta({ article, user }: { article: Article; user: CurrentUser | null }) {
  const { author } = article
  const isAuthor = user?.username === author.username
  const client = useQueryClient()
  return (
    <div className="article-meta">
      <Link to={paths.profile(author.username)} className="author">
        <Avatar username={author.username} image={author.image} size="medium" />
        <span className="author-name">{author.username}</span>
      </Link>
      <time dateTime={article.publishedAt ?? article.createdAt} className="muted">
        {formatDate(article.publishedAt ?? article.createdAt)}
      </time>
      <div className="article-actions">
        {isAuthor ? (
          <AuthorActions slug={article.slug} />
        ) : (
          <>
            <FollowButton
              profile={author}
              isSignedIn={user !== null}
              onSettled={() => void client.invalidateQueries({ queryKey: articleKeys.detail(article.slug) })}
            />
            <FavoriteButton
              slug={article.slug}
              title={article.title}
              favorited={article.favorited}
              favoritesCount={article.favoritesCount}
              isSignedIn={user !== null}
              variant="full"
            />
            {user ? (
              <ReportButton subject={{ kind: 'article', slug: article.slug }} description="article" />
            ) : null}
          </>
        )}
      </div>
    </div>
  )
}

/** Stable across renders, so React focuses the element once, when it appears. */
function focusOnMount(element: HTMLElement | null) {
  element?.focus()
}

function AuthorActions({ slug }: { slug: string }) {
  const deleteArticle = useDeleteArticle()
  const navigate = useNavigate()
  const [isConfirming, setIsConfirming] = useState(false)

  function onDelete() {
    deleteArticle.mutate(slug, { onSuccess: () => navigate(paths.home(), { replace: true }) })
  }

  return (
    <>
      <Link to={paths.editArticle(slug)} className="button button-outline button-small">
        Edit article
      </Link>
      {isConfirming ? (
        <span className="confirm">
          <span>Delete for good?</span>
          <button
            type="button"
            className="button button-danger-outline button-small"
            disabled={deleteArticle.isPending}
            onClick={onDelete}
          >
            {deleteArticle.isPending ? 'Deleting…' : 'Yes, delete'}
          </button>
          <button
            type="button"
            className="button button-outline button-small"
            disabled={deleteArticle.isPending}
            ref={focusOnMount}
            onClick={() => setIsConfirming(false)}
          >
            Cancel
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="button button-danger-outline button-small"
          onClick={() => setIsConfirming(true)}
        >
          Delete article
        </button>
      )}
      {deleteArticle.error ? (
        <span className="field-errors" role="alert">
          {deleteArticle.error.message}
        </span>
      ) : null}
    </>
  )
}
