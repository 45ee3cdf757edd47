import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { userKeys } from './user-keys'

export type UserChanges = { email: string; username: string; bio: string; image: string; password?: string }

export function useUpdateUser() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (changes: UserChanges) => {
      const user = { ...changes }
      const data = await unwrap(api.PUT('/user', { body: { user } }))
      return data.user
    },
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.current(), user)
      // names and avatars appear in profiles, articles and comments
      return queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== userKeys.all[0] })
    },
  })
}
