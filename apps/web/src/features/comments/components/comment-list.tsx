import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { Avatar } from '../../../components/avatar'
import { EmptyState, ErrorState, LoadingState } from '../../../components/status'
import { paths } from '../../../config/paths'
import { formatDate } from '../../../lib/format-date'
import { useDeleteComment } from '../api/delete-comment'
import { type Comment, useComments } from '../api/get-comments'

type CommentListProps = {
  slug: string
  currentUsername: string | null
  /** Extra actions on someone else's comment (the route adds "Report"). */
  renderActions?: (comment: Comment) => ReactNode
}

export function CommentList({ slug, currentUsername, renderActions }: CommentListProps) {
  const { data, error, isPending, refetch } = useComments(slug)
  if (isPending) return <LoadingState label="Loading comments…" />
  if (error)
    return <ErrorState title="Comments could not be loaded" error={error} onRetry={() => void refetch()} />
  if (data.length === 0) return <EmptyState>No comments yet.</EmptyState>
  return (
    <ul className="comment-list">
      {data.map((comment) => (
        <CommentItem
          key={comment.id}
          slug={slug}
          comment={comment}
          isOwn={comment.author.username === currentUsername}
          actions={renderActions?.(comment)}
        />
      ))}
    </ul>
  )
}

type CommentItemProps = { slug: string; comment: Comment; isOwn: boolean; actions: ReactNode }

function CommentItem({ slug, comment, isOwn, actions }: CommentItemProps) {
  const deleteComment = useDeleteComment(slug)
  return (
    <li className="card comment">
      {comment.hidden ? (
        <p className="notice notice-hidden">Hidden by a moderator: only its author and moderators see it.</p>
      ) : null}
      <p className="comment-body">{comment.body}</p>
      <div className="card-footer">
        <Link to={paths.profile(comment.author.username)} className="author">
          <Avatar username={comment.author.username} image={comment.author.image} />
          <span className="author-name">{comment.author.username}</span>
        </Link>
        <time dateTime={comment.createdAt} className="muted">
          {formatDate(comment.createdAt)}
        </time>
        <span className="spacer" />
        {isOwn ? (
          <button
            type="button"
            className="button button-danger-outline button-small"
            disabled={deleteComment.isPending}
            onClick={() => deleteComment.mutate(comment.id)}
          >
            {deleteComment.isPending ? 'Deleting…' : 'Delete'}
            <span className="visually-hidden"> comment</span>
          </button>
        ) : (
          actions
        )}
      </div>
      {deleteComment.error ? (
        <p className="field-errors" role="alert">
          {deleteComment.error.message}
        </p>
      ) : null}
    </li>
  )
}
