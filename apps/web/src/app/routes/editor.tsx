import type { ReactNode } from 'react'
import { useNavigate, useParams } from 'react-router'
import { ErrorState, LoadingState } from '../../components/status'
import { paths } from '../../config/paths'
import { articleQuery, useArticle } from '../../features/articles/api/get-article'
import { ArticleEditor } from '../../features/articles/components/article-editor'
import { useCurrentUser } from '../../features/auth/api/get-current-user'
import { queryClient } from '../../lib/query-client'
import { requireSignedIn } from '../guards'

export async function loader({ request, params }: { request: Request; params: { slug?: string } }) {
  requireSignedIn(request)
  if (params.slug) await queryClient.ensureQueryData(articleQuery(params.slug))
  return null
}

export function Component() {
  const { slug } = useParams()
  return slug ? <EditArticle slug={slug} /> : <NewArticle />
}

function NewArticle() {
  const navigate = useNavigate()
  return (
    <div className="container page page-medium">
      <title>New article — Conduit</title>
      <h1>New article</h1>
      <ArticleEditor onSaved={(saved) => navigate(paths.article(saved))} />
    </div>
  )
}

function EditArticle({ slug }: { slug: string }) {
  const navigate = useNavigate()
  const { data: article, error, isPending, refetch } = useArticle(slug)
  const { user } = useCurrentUser()

  let content: ReactNode
  if (isPending) content = <LoadingState label="Loading article…" />
  else if (error)
    content = (
      <ErrorState title="The article could not be loaded" error={error} onRetry={() => void refetch()} />
    )
  else if (user && user.username !== article.author.username)
    content = <ErrorState title="You can only edit your own articles." />
  else
    content = (
      <ArticleEditor
        key={article.slug}
        slug={article.slug}
        initial={{
          title: article.title,
          description: article.description,
          body: article.body,
          tagList: article.tagList,
        }}
        onSaved={(saved) => navigate(paths.article(saved), { replace: true })}
      />
    )

  return (
    <div className="container page page-medium">
      <title>Edit article — Conduit</title>
      <h1>Edit article</h1>
      {content}
    </div>
  )
}
