import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { moderationKeys } from './moderation-keys'
import type { Role } from './moderation-types'

export type UserAction =
  | { kind: 'suspend'; username: string; reason: string; until: string | null }
  | { kind: 'unsuspend'; username: string }
  | { kind: 'role'; username: string; role: Role }

function run(action: UserAction) {
  const path = { username: action.username }
  if (action.kind === 'suspend')
    return unwrap(
      api.POST('/admin/users/{username}/suspend', {
        params: { path },
        body: { reason: action.reason, until: action.until },
      }),
    )
  if (action.kind === 'unsuspend')
    return unwrap(api.POST('/admin/users/{username}/unsuspend', { params: { path } }))
  return unwrap(api.POST('/admin/users/{username}/role', { params: { path }, body: { role: action.role } }))
}

export function useUserAction() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (action: UserAction) => run(action).then((d) => d.user),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: moderationKeys.all }),
  })
}
