import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { tokenStore } from '../../../lib/token-store'
import { userKeys } from './user-keys'

export async function fetchCurrentUser() {
  const data = await unwrap(api.GET('/user'))
  return data.user
}

export type CurrentUser = Awaited<ReturnType<typeof fetchCurrentUser>>

/** The signed-in user, or null when there are no tokens. The server, not the token, decides. */
export const currentUserQuery = () =>
  queryOptions({
    queryKey: userKeys.current(),
    queryFn: async (): Promise<CurrentUser | null> => (tokenStore.get() ? fetchCurrentUser() : null),
    staleTime: 5 * 60_000,
  })

export function useCurrentUser() {
  const query = useQuery(currentUserQuery())
  return { ...query, user: query.data ?? null }
}

export type Role = 'user' | 'moderator' | 'admin'

/** The role the server sent with the user (absent from older servers: a plain user). */
export function roleOf(user: CurrentUser | null): Role {
  const role: unknown = user && 'role' in user ? user.role : undefined
  return role === 'moderator' || role === 'admin' ? role : 'user'
}

/** Moderators and admins see the moderation pages; the API checks the role again on every call. */
export const isStaff = (user: CurrentUser | null) => roleOf(user) !== 'user'
