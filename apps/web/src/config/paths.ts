/** What the home page lists: the global feed by default, else the signed-in user's follows or one tag. */
export type HomeFeed = { feed?: 'following'; tag?: string; page?: number }

export const paths = {
  home: ({ feed, tag, page }: HomeFeed = {}) => {
    const params = new URLSearchParams()
    if (feed) params.set('feed', feed)
    if (tag) params.set('tag', tag)
    if (page && page > 1) params.set('page', String(page))
    const query = params.toString()
    return query ? `/?${query}` : '/'
  },
  login: (redirectTo?: string) =>
    redirectTo ? `/login?${new URLSearchParams({ redirectTo }).toString()}` : '/login',
  register: () => '/register',
  forgotPassword: () => '/forgot-password',
  /** Mail links carry `?token=`; the page takes it out of the address bar at once. */
  resetPassword: () => '/reset-password',
  verifyEmail: () => '/verify-email',
  settings: () => '/settings',
  editor: () => '/editor',
  editArticle: (slug: string) => `/editor/${encodeURIComponent(slug)}`,
  article: (slug: string) => `/article/${encodeURIComponent(slug)}`,
  articlePreview: (slug: string, previewToken: string) =>
    `/article/${encodeURIComponent(slug)}?${new URLSearchParams({ preview: previewToken })}`,
  profile: (username: string) => `/profile/${encodeURIComponent(username)}`,
  profileFavorites: (username: string) => `/profile/${encodeURIComponent(username)}/favorites`,
  profileDrafts: (username: string) => `/profile/${encodeURIComponent(username)}/drafts`,
  /** The moderation pages: `reports` (the default at `/admin`), `users` or `audit`, with their own query (status, q, page). */
  admin: (section?: 'reports' | 'users' | 'audit', query: Record<string, string> = {}) => {
    const search = new URLSearchParams(query).toString()
    return `/admin${section ? `/${section}` : ''}${search ? `?${search}` : ''}`
  },
  search: (q: string, page = 1) =>
    `/search?${new URLSearchParams({ q, ...(page > 1 ? { page: String(page) } : {}) }).toString()}`,
} as const

/** Atom feeds under the site's own URLs (netlify.toml proxies them to the API). */
export const feedPaths = {
  site: () => '/feed.atom',
  tag: (tag: string) => `/tag/${encodeURIComponent(tag)}/feed.atom`,
  author: (username: string) => `/profile/${encodeURIComponent(username)}/feed.atom`,
} as const

/** Only same-origin, absolute paths are accepted as a post-login destination (no open redirect). */
export function safeRedirectPath(value: string | null | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return paths.home()
  return value
}
