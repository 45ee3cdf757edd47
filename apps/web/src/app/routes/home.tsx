import { Link, useSearchParams } from 'react-router'
import { feedPaths, paths } from '../../config/paths'
import type { ArticleFilter } from '../../features/articles/api/article-keys'
import { articlesQuery } from '../../features/articles/api/get-articles'
import { ArticleList } from '../../features/articles/components/article-list'
import { useCurrentUser } from '../../features/auth/api/get-current-user'
import { tagsQuery } from '../../features/tags/api/get-tags'
import { PopularTags } from '../../features/tags/components/popular-tags'
import { queryClient } from '../../lib/query-client'
import { tokenStore } from '../../lib/token-store'
import { readPage } from './read-page'

type Feed = { kind: 'following' } | { kind: 'global' } | { kind: 'tag'; tag: string }

function readFeed(params: URLSearchParams): Feed {
  const tag = params.get('tag')
  if (tag) return { kind: 'tag', tag }
  return params.get('feed') === 'following' ? { kind: 'following' } : { kind: 'global' }
}

function toFilter(feed: Feed, page: number): ArticleFilter {
  if (feed.kind === 'following') return { feed: 'following', page }
  if (feed.kind === 'tag') return { feed: 'global', tag: feed.tag, page }
  return { feed: 'global', page }
}

function hrefFor(feed: Feed, page = 1): string {
  if (feed.kind === 'following') return paths.home({ feed: 'following', page })
  if (feed.kind === 'tag') return paths.home({ tag: feed.tag, page })
  return paths.home({ page })
}

export function loader({ request }: { request: Request }) {
  const params = new URL(request.url).searchParams
  const feed = readFeed(params)
  void queryClient.prefetchQuery(tagsQuery())
  if (feed.kind !== 'following' || tokenStore.get()) {
    void queryClient.prefetchQuery(articlesQuery(toFilter(feed, readPage(params))))
  }
  return null
}

export function Component() {
  const [params] = useSearchParams()
  const { user } = useCurrentUser()
  const isSignedIn = user !== null
  const feed = readFeed(params)
  const page = readPage(params)

  const tabs: Array<{ feed: Feed; label: string }> = [
    ...(isSignedIn ? [{ feed: { kind: 'following' } as const, label: 'Your feed' }] : []),
    { feed: { kind: 'global' }, label: 'Global feed' },
    ...(feed.kind === 'tag' ? [{ feed, label: `#${feed.tag}` }] : []),
  ]

  return (
    <>
      <title>Home — Conduit</title>
      {feed.kind === 'tag' ? (
        <link
          rel="alternate"
          type="application/atom+xml"
          title={`Articles tagged ${feed.tag}`}
          href={feedPaths.tag(feed.tag)}
        />
      ) : (
        <link rel="alternate" type="application/atom+xml" title="Latest articles" href={feedPaths.site()} />
      )}
      <section className="hero">
        <div className="container">
          <h1 className="hero-title">conduit</h1>
          <p className="hero-tagline">A place to share your knowledge.</p>
        </div>
      </section>
      <div className="container page home-layout">
        <div className="home-feed">
          <nav aria-label="Feeds" className="tabs">
            <ul>
              {tabs.map((tab) => (
                <li key={tab.label}>
                  <Link
                    to={hrefFor(tab.feed)}
                    aria-current={tab.feed.kind === feed.kind ? 'page' : undefined}
                  >
                    {tab.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {feed.kind === 'following' && !isSignedIn ? (
            <p className="status status-empty">
              <Link to={paths.login(paths.home({ feed: 'following' }))}>Sign in</Link> to see articles from
              people you follow.
            </p>
          ) : (
            <ArticleList
              filter={toFilter(feed, page)}
              isSignedIn={isSignedIn}
              hrefForPage={(p) => hrefFor(feed, p)}
              empty={
                feed.kind === 'following'
                  ? 'Your feed is empty. Follow some authors to see their articles here.'
                  : 'No articles are here… yet.'
              }
            />
          )}
        </div>
        <aside className="home-sidebar" aria-label="Tags">
          <PopularTags
            activeTag={feed.kind === 'tag' ? feed.tag : undefined}
            hrefForTag={(tag) => hrefFor({ kind: 'tag', tag })}
          />
        </aside>
      </div>
    </>
  )
}
