import { Link, useParams, useSearchParams } from 'react-router'
import { ErrorState, LoadingState } from '../../components/status'
import { feedPaths, paths } from '../../config/paths'
import { ArticleList } from '../../features/articles/components/article-list'
import { useCurrentUser } from '../../features/auth/api/get-current-user'
import { profileQuery, useProfile } from '../../features/profiles/api/get-profile'
import { ProfileHeader } from '../../features/profiles/components/profile-header'
import { queryClient } from '../../lib/query-client'
import { readPage } from './read-page'

export async function loader({ params }: { params: { username?: string } }) {
  await queryClient.ensureQueryData(profileQuery(params.username ?? ''))
  return null
}

/** Mounted twice in the router: the author's articles, and (with `favorites`) what they favourited. */
export function ProfilePage({ tab }: { tab: 'articles' | 'favorites' }) {
  const username = useParams().username ?? ''
  const [params] = useSearchParams()
  const page = readPage(params)
  const { data: profile, error, isPending, refetch } = useProfile(username)
  const { user } = useCurrentUser()

  if (isPending) return <LoadingState label="Loading profile…" />
  if (error)
    return <ErrorState title="The profile could not be loaded" error={error} onRetry={() => void refetch()} />

  const base = tab === 'articles' ? paths.profile(username) : paths.profileFavorites(username)
  const filter =
    tab === 'articles'
      ? { feed: 'global' as const, author: username, page }
      : { feed: 'global' as const, favorited: username, page }
  return (
    <>
      <title>{`${profile.username} — Conduit`}</title>
      <link
        rel="alternate"
        type="application/atom+xml"
        title={`Articles by ${profile.username}`}
        href={feedPaths.author(profile.username)}
      />
      <ProfileHeader
        profile={profile}
        isSelf={user?.username === profile.username}
        isSignedIn={user !== null}
      />
      <div className="container page">
        <nav aria-label="Profile articles" className="tabs">
          <ul>
            <li>
              <Link to={paths.profile(username)} aria-current={tab === 'articles' ? 'page' : undefined}>
                Articles
              </Link>
            </li>
            <li>
              <Link
                to={paths.profileFavorites(username)}
                aria-current={tab === 'favorites' ? 'page' : undefined}
              >
                Favorited articles
              </Link>
            </li>
          </ul>
        </nav>
        <ArticleList
          filter={filter}
          isSignedIn={user !== null}
          hrefForPage={(p) => (p > 1 ? `${base}?page=${p}` : base)}
          empty={
            tab === 'articles'
              ? `${profile.username} has not written any articles yet.`
              : `${profile.username} has not favorited any articles yet.`
          }
        />
      </div>
    </>
  )
}

export function Component() {
  return <ProfilePage tab="articles" />
}
