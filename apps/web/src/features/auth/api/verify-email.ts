import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { tokenStore } from '../../../lib/token-store'
import { userKeys } from './user-keys'

export function useVerifyEmail() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (token: string) => {
      await unwrap(api.POST('/users/verify-email', { body: { token } }))
    },
    // Signed in, the banner must go: the current user now reads emailVerified: true.
    onSuccess: () =>
      tokenStore.get() ? queryClient.invalidateQueries({ queryKey: userKeys.current() }) : undefined,
  })
}

export function useResendVerification() {
  return useMutation({
    mutationFn: async () => {
      await unwrap(api.POST('/user/verify-email'))
    },
  })
}
