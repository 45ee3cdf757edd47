import type { ReactNode } from 'react'
import { useNavigate, useParams } from 'react-router'
import { ErrorState, LoadingState } from '../../components/status'
import { paths } from '../../config/paths'
import { articleForEditQuery, useArticleForEdit } from '../../features/articles/api/get-article-for-edit'
import { ArticleEditor } from '../../features/articles/components/article-editor'
import { useCurrentUser } from '../../features/auth/api/get-current-user'
import { queryClient } from '../../lib/query-client'
import { requireSignedIn } from '../guards'

export async function loader({ request, params }: { request: Request; params: { slug?: string } }) {
  requireSignedIn(request)
  if (params.slug) await queryClient.fetchQuery(articleForEditQuery(params.slug))
  return null
}

export function Component() {
  const { slug } = useParams()
  return slug ? <EditArticle slug={slug} /> : <NewArticle />
}

function NewArticle() {
  const navigate = useNavigate()
  const { user } = useCurrentUser()
  return (
    <div className="container page page-medium">
      <title>New article — Conduit</title>
      <h1>New article</h1>
      {user ? (
        <ArticleEditor
          username={user.username}
          onPublished={(saved) => navigate(paths.article(saved))}
          onDraftSaved={(saved) => navigate(paths.editArticle(saved), { replace: true })}
        />
      ) : (
        <LoadingState label="Loading…" />
      )}
    </div>
  )
}

function EditArticle({ slug }: { slug: string }) {
  const navigate = useNavigate()
  const { data, error, isPending, refetch } = useArticleForEdit(slug)
  const { user } = useCurrentUser()

  let content: ReactNode
  if (isPending || !user) content = <LoadingState label="Loading article…" />
  else if (error)
    content = (
      <ErrorState title="The article could not be loaded" error={error} onRetry={() => void refetch()} />
    )
  else if (user.username !== data.article.author.username)
    content = <ErrorState title="You can only edit your own articles." />
  else {
    const { article, etag } = data
    content = (
      <ArticleEditor
        key={article.slug}
        username={user.username}
        existing={{
          slug: article.slug,
          fields: {
            title: article.title,
            description: article.description,
            body: article.body,
            tagList: article.tagList,
          },
          etag,
          published: article.published,
          previewToken: article.previewToken,
        }}
        onPublished={(saved) => navigate(paths.article(saved), { replace: true })}
        onDraftSaved={(saved) => navigate(paths.editArticle(saved), { replace: true })}
      />
    )
  }

  return (
    <div className="container page page-medium">
      <title>Edit article — Conduit</title>
      <h1>Edit article</h1>
      {content}
    </div>
  )
}
