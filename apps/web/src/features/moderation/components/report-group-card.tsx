import { useId, useState } from 'react'
import { Link } from 'react-router'
import { paths } from '../../../config/paths'
import { formatDateTime } from '../../../lib/format-date'
import { type ModerationAction, useModerationAction } from '../api/moderate-content'
import type { ReportGroup, ReportReason } from '../api/moderation-types'
import { ConfirmButton } from './confirm-button'
import { REPORT_REASONS } from './report-button'
import { SuspendForm } from './suspend-form'

const EXCERPT_LENGTH = 600
const excerpt = (text: string) => (text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text)
const reasonLabel = (reason: ReportReason) => REPORT_REASONS.find((r) => r.value === reason)?.label ?? reason

/** One reported target: what it says, who reported it and why, and what a moderator can do. */
export function ReportGroupCard({ group }: { group: ReportGroup }) {
  const headingId = useId()
  return (
    <li className="card report-group" aria-labelledby={headingId}>
      <div className="report-group-body">
        <TargetContent group={group} headingId={headingId} />
        <p className="muted">
          {group.reportsCount === 1 ? '1 report' : `${group.reportsCount} reports`}, latest{' '}
          <time dateTime={group.latestAt}>{formatDateTime(group.latestAt)}</time> ·{' '}
          {Object.entries(group.reasons)
            .map(([reason, count]) => `${reasonLabel(reason as ReportReason)} × ${count}`)
            .join(', ')}
        </p>
        <ul className="report-notes" aria-label="Reports">
          {group.reports.map((report) => (
            <li key={report.id}>
              <strong>{report.reporter}</strong>: {reasonLabel(report.reason)}
              {report.note ? <q className="report-note">{report.note}</q> : null}{' '}
              <time className="muted" dateTime={report.createdAt}>
                {formatDateTime(report.createdAt)}
              </time>
            </li>
          ))}
        </ul>
      </div>
      <GroupActions group={group} />
    </li>
  )
}

function TargetContent({ group, headingId }: { group: ReportGroup; headingId: string }) {
  if (group.article)
    return (
      <>
        <h3 id={headingId}>
          Article <Link to={paths.article(group.article.slug)}>{group.article.title}</Link> by{' '}
          <Link to={paths.profile(group.article.author)}>{group.article.author}</Link>
          {group.article.hidden ? <span className="tag tag-hidden">hidden</span> : null}
        </h3>
        <p>{group.article.description}</p>
        <blockquote className="report-content">{excerpt(group.article.body)}</blockquote>
      </>
    )
  if (group.comment)
    return (
      <>
        <h3 id={headingId}>
          Comment by <Link to={paths.profile(group.comment.author)}>{group.comment.author}</Link> on{' '}
          <Link to={paths.article(group.comment.article)}>{group.comment.article}</Link>
          {group.comment.hidden ? <span className="tag tag-hidden">hidden</span> : null}
        </h3>
        <blockquote className="report-content">{excerpt(group.comment.body)}</blockquote>
      </>
    )
  if (group.user)
    return (
      <>
        <h3 id={headingId}>
          User <Link to={paths.profile(group.user.username)}>{group.user.username}</Link> ({group.user.role})
          {group.user.suspended ? <span className="tag tag-hidden">suspended</span> : null}
        </h3>
        {group.user.bio ? (
          <blockquote className="report-content">{excerpt(group.user.bio)}</blockquote>
        ) : null}
      </>
    )
  return (
    <h3 id={headingId}>
      The reported {group.target} “{group.ref}” no longer exists
    </h3>
  )
}

function GroupActions({ group }: { group: ReportGroup }) {
  const action = useModerationAction()
  const [suspending, setSuspending] = useState(false)
  const run = (next: ModerationAction) => action.mutate(next)
  const author = group.article?.author ?? group.comment?.author ?? group.user?.username ?? null
  const name = group.article
    ? `article “${group.article.title}”`
    : group.comment
      ? `comment by ${group.comment.author}`
      : `user ${group.ref}`
  const firstReport = group.reportIds[0]

  return (
    <div className="report-actions">
      {/* biome-ignore lint/a11y/useSemanticElements: a toolbar of buttons, not a form */}
      <div className="report-action-buttons" role="group" aria-label={`Actions on ${name}`}>
        {group.article ? (
          <ContentActions
            kind="article"
            hidden={group.article.hidden}
            name={name}
            isPending={action.isPending}
            onAction={(verb) => run({ kind: `${verb}-article`, slug: group.article?.slug ?? group.ref })}
          />
        ) : null}
        {group.comment ? (
          <ContentActions
            kind="comment"
            hidden={group.comment.hidden}
            name={name}
            isPending={action.isPending}
            onAction={(verb) => run({ kind: `${verb}-comment`, id: group.comment?.id ?? Number(group.ref) })}
          />
        ) : null}
        {group.status === 'open' && firstReport !== undefined ? (
          <ConfirmButton
            label="Dismiss"
            target={`reports on ${name}`}
            question="Dismiss these reports without acting?"
            confirmLabel="Yes, dismiss"
            isPending={action.isPending}
            onConfirm={() => run({ kind: 'dismiss', reportId: firstReport })}
          />
        ) : null}
        {author && !suspending && !(group.user?.suspended ?? false) ? (
          <button
            type="button"
            className="button button-danger-outline button-small"
            onClick={() => setSuspending(true)}
          >
            Suspend {group.user ? 'user' : 'author'}
            <span className="visually-hidden"> {author}</span>
          </button>
        ) : null}
      </div>
      {action.error ? (
        <p className="field-errors" role="alert">
          {action.error.message}
        </p>
      ) : null}
      {action.isSuccess ? (
        <p className="visually-hidden" role="status">
          Done.
        </p>
      ) : null}
      {suspending && author ? <SuspendForm username={author} onDone={() => setSuspending(false)} /> : null}
    </div>
  )
}

type ContentActionsProps = {
  kind: 'article' | 'comment'
  hidden: boolean
  name: string
  isPending: boolean
  onAction: (verb: 'hide' | 'restore' | 'delete') => void
}

function ContentActions({ kind, hidden, name, isPending, onAction }: ContentActionsProps) {
  return (
    <>
      {hidden ? (
        <ConfirmButton
          label="Restore"
          target={name}
          question={`Show this ${kind} to everyone again?`}
          confirmLabel="Yes, restore"
          isPending={isPending}
          onConfirm={() => onAction('restore')}
        />
      ) : (
        <ConfirmButton
          label="Hide"
          target={name}
          question={`Hide this ${kind} from everyone but its author?`}
          confirmLabel="Yes, hide"
          isPending={isPending}
          onConfirm={() => onAction('hide')}
        />
      )}
      <ConfirmButton
        label="Delete"
        target={name}
        question={`Delete this ${kind} for good?`}
        confirmLabel="Yes, delete"
        isPending={isPending}
        danger
        onConfirm={() => onAction('delete')}
      />
    </>
  )
}
