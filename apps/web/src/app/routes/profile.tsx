import { Link, useParams, useSearchParams } from 'react-router'
import { ErrorState, LoadingState } from '../../components/status'
import { feedPaths, paths } from '../../config/paths'
import { ArticleList } from '../../features/articles/components/article-list'
import { useCurrentUser } from '../../features/auth/api/get-current-user'
import { ReportButton } from '../../features/moderation/components/report-button'
import { profileQuery, useProfile } from '../../features/profiles/api/get-profile'
import { ProfileHeader } from '../../features/profiles/components/profile-header'
import { queryClient } from '../../lib/query-client'
import { readPage } from './read-page'

export async function loader({ params }: { params: { username?: string } }) {
  await queryClient.ensureQueryData(profileQuery(params.username ?? ''))
  return null
}

/** Mounted twice in the router: the author's articles, and (with `favorites`) what they favourited. */
export function ProfilePage({ tab }: { tab: 'articles' | 'favorites' | 'drafts' }) {
  const username = useParams().username ?? ''
  const [params] = useSearchParams()
  const page = readPage(params)
  const { data: profile, error, isPending, refetch } = useProfile(username)
  const { user } = useCurrentUser()

  if (isPending) return <LoadingState label="Loading profile…" />
  if (error)
    return <ErrorState title="The profile could not be loaded" error={error} onRetry={() => void refetch()} />

  const isSelf = user?.username === profile.username
  const base = {
    articles: paths.profile(username),
    favorites: paths.profileFavorites(username),
    drafts: paths.profileDrafts(username),
  }[tab]
  const filter = {
    articles: { feed: 'global' as const, author: username, page },
    favorites: { feed: 'global' as const, favorited: username, page },
    drafts: { feed: 'drafts' as const, page },
  }[tab]
  const empty = {
    articles: `${profile.username} has not written any articles yet.`,
    favorites: `${profile.username} has not favorited any articles yet.`,
    drafts: 'You have no drafts.',
  }[tab]
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
        isSelf={isSelf}
        isSignedIn={user !== null}
        actions={
          user ? (
            <ReportButton
              subject={{ kind: 'user', username: profile.username }}
              description={profile.username}
            />
          ) : null
        }
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
            {isSelf ? (
              <li>
                <Link to={paths.profileDrafts(username)} aria-current={tab === 'drafts' ? 'page' : undefined}>
                  Drafts
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
        {tab === 'drafts' && !isSelf ? (
          <ErrorState title="Only the author sees their drafts." />
        ) : (
          <ArticleList
            filter={filter}
            isSignedIn={user !== null}
            hrefForPage={(p) => (p > 1 ? `${base}?page=${p}` : base)}
            empty={empty}
          />
        )}
      </div>
    </>
  )
}

export function Component() {
  return <ProfilePage tab="articles" />
}
