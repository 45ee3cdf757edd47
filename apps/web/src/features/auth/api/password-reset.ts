import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { startSession } from './sign-in'

/** The answer is the same whether or not the address has an account. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: async (email: string) => {
      await unwrap(api.POST('/users/password-reset', { body: { user: { email } } }))
    },
  })
}

/** Sets the new password and signs in; the server ends every other session. */
export function useConfirmPasswordReset() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: { token: string; password: string }) => {
      const data = await unwrap(api.POST('/users/password-reset/confirm', { body: input }))
      return startSession(queryClient, data, data.user)
    },
  })
}
