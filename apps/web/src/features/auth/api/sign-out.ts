import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '../../../lib/api-client'
import { tokenStore } from '../../../lib/token-store'
import { userKeys } from './user-keys'

/** Revokes this session on the server (best effort), then forgets the tokens and every cached answer. */
export function useSignOut() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => {
      const tokens = tokenStore.get()
      if (!tokens) return
      await api.POST('/users/logout', { body: { refreshToken: tokens.refreshToken } }).catch(() => undefined)
    },
    onSettled: () => {
      tokenStore.clear()
      queryClient.clear()
      queryClient.setQueryData(userKeys.current(), null)
    },
  })
}
