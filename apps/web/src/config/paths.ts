export const paths = {
  home: () => '/',
  login: (redirectTo?: string) =>
    redirectTo ? `/login?${new URLSearchParams({ redirectTo }).toString()}` : '/login',
  register: () => '/register',
  settings: () => '/settings',
  editor: () => '/editor',
  editArticle: (slug: string) => `/editor/${encodeURIComponent(slug)}`,
  article: (slug: string) => `/article/${encodeURIComponent(slug)}`,
  articlePreview: (slug: string, previewToken: string) =>
    `/article/${encodeURIComponent(slug)}?${new URLSearchParams({ preview: previewToken })}`,
  profile: (username: string) => `/profile/${encodeURIComponent(username)}`,
  profileFavorites: (username: string) => `/profile/${encodeURIComponent(username)}/favorites`,
  profileDrafts: (username: string) => `/profile/${encodeURIComponent(username)}/drafts`,
} as const

/** Only same-origin, absolute paths are accepted as a post-login destination (no open redirect). */
export function safeRedirectPath(value: string | null | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return paths.home()
  return value
}
