export const paths = {
  home: () => '/',
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
  profile: (username: string) => `/profile/${encodeURIComponent(username)}`,
  profileFavorites: (username: string) => `/profile/${encodeURIComponent(username)}/favorites`,
} as const

/** Only same-origin, absolute paths are accepted as a post-login destination (no open redirect). */
export function safeRedirectPath(value: string | null | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return paths.home()
  return value
}
