import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { readTokens, tokenStore } from '../../../lib/token-store'
import type { CurrentUser } from './get-current-user'
import { userKeys } from './user-keys'

export type Credentials = { email: string; password: string }
export type Registration = Credentials & { username: string }

/** Keeps the token pair, drops everything cached for the previous visitor and caches the new user. */
export function startSession(queryClient: QueryClient, body: unknown, user: CurrentUser) {
  const tokens = readTokens(body)
  if (!tokens) throw new Error('The server did not send a token pair.')
  tokenStore.set(tokens)
  queryClient.removeQueries()
  queryClient.setQueryData(userKeys.current(), user)
  return user
}

export function useSignIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (user: Credentials) => {
      const data = await unwrap(api.POST('/users/login', { body: { user } }))
      return startSession(queryClient, data, data.user)
    },
  })
}

export function useSignUp() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (user: Registration) => {
      const data = await unwrap(api.POST('/users', { body: { user } }))
      return startSession(queryClient, data, data.user)
    },
  })
}
