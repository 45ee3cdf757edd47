import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import type { Profile } from './get-profile'
import { profileKeys } from './profile-keys'

type FollowVariables = { username: string; follow: boolean }

export async function setFollowing({ username, follow }: FollowVariables) {
  const options = { params: { path: { username } } }
  const data = await unwrap(
    follow
      ? api.POST('/profiles/{username}/follow', options)
      : api.DELETE('/profiles/{username}/follow', options),
  )
  return data.profile
}

/** Follow or unfollow at once; roll back if the server says no, then refetch either way. */
export function useFollowProfile(onSettled?: () => void) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: setFollowing,
    onMutate: async ({ username, follow }) => {
      const key = profileKeys.detail(username)
      await queryClient.cancelQueries({ queryKey: key })
      const previous = queryClient.getQueryData<Profile>(key)
      if (previous) queryClient.setQueryData<Profile>(key, { ...previous, following: follow })
      return { previous }
    },
    onError: (_error, { username }, context) => {
      if (context?.previous) queryClient.setQueryData(profileKeys.detail(username), context.previous)
    },
    onSettled: (_data, _error, { username }) => {
      onSettled?.()
      return queryClient.invalidateQueries({ queryKey: profileKeys.detail(username) })
    },
  })
}
