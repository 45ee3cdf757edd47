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

/** Moderators and admins see the moderation pages; the API checks the role again on every call. */
export const isStaff = (user: CurrentUser | null) => user?.role === 'moderator' || user?.role === 'admin'
