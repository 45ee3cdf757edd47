import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { profileKeys } from './profile-keys'

export async function fetchProfile(username: string) {
  const data = await unwrap(api.GET('/profiles/{username}', { params: { path: { username } } }))
  return data.profile
}

export type Profile = Awaited<ReturnType<typeof fetchProfile>>

export const profileQuery = (username: string) =>
  queryOptions({ queryKey: profileKeys.detail(username), queryFn: () => fetchProfile(username) })

export function useProfile(username: string, initialProfile?: Profile) {
  return useQuery({ ...profileQuery(username), initialData: initialProfile, staleTime: 30_000 })
}
