import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { tokenStore } from '../../../lib/token-store'

/** After the account is gone its tokens are worthless: forget them and everything cached. */
export function useDeleteAccount() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (password: string) => {
      await unwrap(api.DELETE('/user', { body: { user: { password } } }))
    },
    onSuccess: () => {
      tokenStore.clear()
      queryClient.clear()
    },
  })
}
