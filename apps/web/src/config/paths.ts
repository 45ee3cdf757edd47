export const paths = {
  home: () => '/',
  login: (redirectTo?: string) =>
    redirectTo ? `/login?${new URLSearchParams({ redirectTo }).toString()}` : '/login',
  register: () => '/register',
  settings: () => '/settings',
  editor: () => '/editor',
  editArticle: (slug: string) => `/editor/${encodeURIComponent(slug)}`,
  article: (slug: string) => `/article/${encodeURIComponent(slug)}`,
  profile: (username: string) => `/profile/${encodeURIComponent(username)}`,
  profileFavorites: (username: string) => `/profile/${encodeURIComponent(username)}/favorites`,
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
