// Written from /work/helpers/moderation-contract.md until the API publishes these routes in
// packages/api-contract; then the generated types replace this file and `moderationApi` becomes `api`.
import type { Client } from 'openapi-fetch'
import { api } from '../../../lib/api-client'

export type Role = 'user' | 'moderator' | 'admin'
export type ReportReason = 'spam' | 'harassment' | 'illegal' | 'other'
export type ReportStatus = 'open' | 'resolved' | 'dismissed'
export type ReportTarget = 'article' | 'comment' | 'user'

export type Report = {
  id: number
  target: ReportTarget
  article: string | null
  comment: number | null
  user: string | null
  reason: ReportReason
  note: string | null
  status: ReportStatus
  createdAt: string
}

export type ReportGroup = {
  target: ReportTarget
  article: {
    slug: string
    title: string
    description: string
    body: string
    hidden: boolean
    author: string
  } | null
  comment: { id: number; body: string; hidden: boolean; author: string; article: string } | null
  user: {
    username: string
    image: string | null
    bio: string | null
    role: Role
    suspendedUntil: string | null
    suspended: boolean
  } | null
  ref: string
  reportsCount: number
  reportIds: number[]
  reasons: Partial<Record<ReportReason, number>>
  reports: { id: number; reporter: string; reason: ReportReason; note: string | null; createdAt: string }[]
  status: ReportStatus
  latestAt: string
}

export type AdminUser = {
  username: string
  email: string
  image: string | null
  bio: string | null
  role: Role
  createdAt: string
  suspended: boolean
  suspendedUntil: string | null
  suspensionReason: string | null
}

export type AuditEntry = {
  id: number
  actor: string
  action: string
  target: 'article' | 'comment' | 'user' | 'report'
  ref: string
  reason: string | null
  createdAt: string
}

type Json<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } }
type Errors = { errors: Record<string, string[]> }
type Failures = {
  401: Json<Errors>
  403: Json<Errors>
  404: Json<Errors>
  422: Json<Errors>
  429: Json<Errors>
}
type Params<Path, Query> = { query?: Query; header?: never; cookie?: never } & ([Path] extends [never]
  ? { path?: never }
  : { path: Path })
type Op<Path, Query, Body, Ok> = {
  parameters: Params<Path, Query>
  requestBody: { content: { 'application/json': Body } }
  responses: Ok & Failures
}
type NoBodyOp<Path, Query, Ok> = {
  parameters: Params<Path, Query>
  requestBody?: never
  responses: Ok & Failures
}
type Page = { limit?: number; offset?: number }
type Item = {
  parameters: { query?: never; header?: never; path?: never; cookie?: never }
  get?: never
  put?: never
  post?: never
  delete?: never
  options?: never
  head?: never
  patch?: never
  trace?: never
}
type SlugPath = { slug: string }
type IdPath = { id: number }
type UserPath = { username: string }
type Reasoned = { reason?: string }
type Deleted = { 204: { headers: { [name: string]: unknown }; content?: never } }

export type CreateReportBody = {
  report: { article?: string; comment?: number; user?: string; reason: ReportReason; note?: string }
}

export type ModerationPaths = {
  '/reports': Omit<Item, 'post'> & {
    post: Op<never, never, CreateReportBody, { 200: Json<{ report: Report }>; 201: Json<{ report: Report }> }>
  }
  '/admin/reports': Omit<Item, 'get'> & {
    get: NoBodyOp<
      never,
      Page & { status?: ReportStatus },
      { 200: Json<{ reportGroups: ReportGroup[]; reportGroupsCount: number }> }
    >
  }
  '/admin/reports/{id}/dismiss': Omit<Item, 'post'> & {
    post: NoBodyOp<IdPath, never, { 200: Json<{ report: Report }> }>
  }
  '/admin/articles/{slug}/hide': Omit<Item, 'post'> & {
    post: Op<SlugPath, never, Reasoned, { 200: Json<{ article: { slug: string; hidden: boolean } }> }>
  }
  '/admin/articles/{slug}/restore': Omit<Item, 'post'> & {
    post: Op<SlugPath, never, Reasoned, { 200: Json<{ article: { slug: string; hidden: boolean } }> }>
  }
  '/admin/articles/{slug}': Omit<Item, 'delete'> & { delete: NoBodyOp<SlugPath, never, Deleted> }
  '/admin/comments/{id}/hide': Omit<Item, 'post'> & {
    post: Op<IdPath, never, Reasoned, { 200: Json<{ comment: { id: number; hidden: boolean } }> }>
  }
  '/admin/comments/{id}/restore': Omit<Item, 'post'> & {
    post: Op<IdPath, never, Reasoned, { 200: Json<{ comment: { id: number; hidden: boolean } }> }>
  }
  '/admin/comments/{id}': Omit<Item, 'delete'> & { delete: NoBodyOp<IdPath, never, Deleted> }
  '/admin/users': Omit<Item, 'get'> & {
    get: NoBodyOp<never, Page & { q?: string }, { 200: Json<{ users: AdminUser[]; usersCount: number }> }>
  }
  '/admin/users/{username}/suspend': Omit<Item, 'post'> & {
    post: Op<UserPath, never, { reason: string; until: string | null }, { 200: Json<{ user: AdminUser }> }>
  }
  '/admin/users/{username}/unsuspend': Omit<Item, 'post'> & {
    post: NoBodyOp<UserPath, never, { 200: Json<{ user: AdminUser }> }>
  }
  '/admin/users/{username}/role': Omit<Item, 'post'> & {
    post: Op<UserPath, never, { role: Role }, { 200: Json<{ user: AdminUser }> }>
  }
  '/admin/audit': Omit<Item, 'get'> & {
    get: NoBodyOp<never, Page, { 200: Json<{ auditEntries: AuditEntry[]; auditEntriesCount: number }> }>
  }
}

/** The app's one client (same middleware: token, refresh, outage reporting), typed for these routes. */
export const moderationApi = api as unknown as Client<ModerationPaths>
