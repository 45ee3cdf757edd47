import type { Session } from './sessions.schemas'

export const toSession = (
  row: { id: string; createdAt: string; lastUsedAt: string; userAgent: string | null },
  currentSessionId: string,
): Session => ({
  id: row.id,
  createdAt: row.createdAt,
  lastUsedAt: row.lastUsedAt,
  userAgent: row.userAgent,
  current: row.id === currentSessionId,
})
