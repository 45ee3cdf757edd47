import type { ReportStatus } from './moderation-types'

export const moderationKeys = {
  all: ['moderation'] as const,
  reports: (filter: { status: ReportStatus; page: number }) =>
    [...moderationKeys.all, 'reports', filter] as const,
  reportsAll: () => [...moderationKeys.all, 'reports'] as const,
  users: (filter: { q: string; page: number }) => [...moderationKeys.all, 'users', filter] as const,
  usersAll: () => [...moderationKeys.all, 'users'] as const,
  audit: (page: number) => [...moderationKeys.all, 'audit', page] as const,
  auditAll: () => [...moderationKeys.all, 'audit'] as const,
}

export const ADMIN_PAGE_SIZE = 20

export const offsetOf = (page: number) => (Math.max(page, 1) - 1) * ADMIN_PAGE_SIZE
