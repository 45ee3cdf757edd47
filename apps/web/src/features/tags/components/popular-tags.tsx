import { Link } from 'react-router'
import { EmptyState, ErrorState, LoadingState } from '../../../components/status'
import { useTags } from '../api/get-tags'

type PopularTagsProps = { activeTag?: string | undefined; hrefForTag: (tag: string) => string }

export function PopularTags({ activeTag, hrefForTag }: PopularTagsProps) {
  const { data, error, isPending, refetch } = useTags()
  return (
    <section className="sidebar card" aria-labelledby="popular-tags-heading">
      <h2 id="popular-tags-heading" className="sidebar-title">
        Popular tags
      </h2>
      {isPending ? (
        <LoadingState label="Loading tags…" />
      ) : error ? (
        <ErrorState title="Tags could not be loaded" error={error} onRetry={() => void refetch()} />
      ) : data.length === 0 ? (
        <EmptyState>No tags yet.</EmptyState>
      ) : (
        <ul className="tag-list">
          {data.map((tag) => (
            <li key={tag}>
              <Link
                to={hrefForTag(tag)}
                className="tag tag-link"
                aria-current={tag === activeTag ? 'page' : undefined}
              >
                {tag}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
