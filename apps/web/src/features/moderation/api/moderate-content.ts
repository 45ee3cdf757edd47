import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { moderationKeys } from './moderation-keys'

/** What a moderator can do to one report group's target. */
export type ModerationAction =
  | { kind: 'hide-article' | 'restore-article' | 'delete-article'; slug: string }
  | { kind: 'hide-comment' | 'restore-comment' | 'delete-comment'; id: number }
  | { kind: 'dismiss'; reportId: number }

async function run(action: ModerationAction): Promise<void> {
  switch (action.kind) {
    case 'hide-article':
      await unwrap(api.POST('/admin/articles/{slug}/hide', { params: { path: action }, body: {} }))
      return
    case 'restore-article':
      await unwrap(api.POST('/admin/articles/{slug}/restore', { params: { path: action }, body: {} }))
      return
    case 'delete-article':
      await unwrap(api.DELETE('/admin/articles/{slug}', { params: { path: action } }))
      return
    case 'hide-comment':
      await unwrap(api.POST('/admin/comments/{id}/hide', { params: { path: action }, body: {} }))
      return
    case 'restore-comment':
      await unwrap(api.POST('/admin/comments/{id}/restore', { params: { path: action }, body: {} }))
      return
    case 'delete-comment':
      await unwrap(api.DELETE('/admin/comments/{id}', { params: { path: action } }))
      return
    case 'dismiss':
      await unwrap(api.POST('/admin/reports/{id}/dismiss', { params: { path: { id: action.reportId } } }))
  }
}

/** Any action changes the queue, maybe the users list, and always the audit log. */
export function useModerationAction() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: moderationKeys.all }),
  })
}
