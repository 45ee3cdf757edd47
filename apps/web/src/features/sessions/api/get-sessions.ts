import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { sessionKeys } from './session-keys'

export async function fetchSessions() {
  const data = await unwrap(api.GET('/user/sessions'))
  return data.sessions
}

export type Session = Awaited<ReturnType<typeof fetchSessions>>[number]

export const sessionsQuery = () => queryOptions({ queryKey: sessionKeys.list(), queryFn: fetchSessions })

export function useSessions() {
  return useQuery(sessionsQuery())
}
