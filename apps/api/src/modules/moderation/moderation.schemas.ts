import { type Static, Type } from 'typebox'
import { NullableString, PaginationQuery, RequiredText, RoleSchema } from '../../schemas/common'

const NullableInteger = () => Type.Unsafe<number | null>({ type: ['integer', 'null'] })

export const ReportReasonSchema = Type.Union([
  Type.Literal('spam'),
  Type.Literal('harassment'),
  Type.Literal('illegal'),
  Type.Literal('other'),
])
export const ReportTargetSchema = Type.Union([
  Type.Literal('article'),
  Type.Literal('comment'),
  Type.Literal('user'),
])
export const ReportStatusSchema = Type.Union([
  Type.Literal('open'),
  Type.Literal('resolved'),
  Type.Literal('dismissed'),
])
const Reason = NullableString({ maxLength: 1000 })

export const CreateReportBody = Type.Object({
  report: Type.Object({
    article: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    comment: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647 })),
    user: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    reason: ReportReasonSchema,
    note: Type.Optional(NullableString({ maxLength: 1000 })),
  }),
})

export const ReportSchema = Type.Object({
  id: Type.Integer(),
  target: ReportTargetSchema,
  article: NullableString({ description: "The article's slug (a comment's article for a comment)" }),
  comment: NullableInteger(),
  user: NullableString(),
  reason: ReportReasonSchema,
  note: NullableString(),
  status: ReportStatusSchema,
  createdAt: Type.String({ format: 'date-time' }),
})
export const SingleReportResponse = Type.Object({ report: ReportSchema })

export const ReportsQuery = Type.Object({
  status: Type.Optional(ReportStatusSchema),
  ...PaginationQuery,
})

const GroupArticle = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  description: Type.String(),
  body: Type.String(),
  hidden: Type.Boolean(),
  author: Type.String(),
})
const GroupComment = Type.Object({
  id: Type.Integer(),
  body: Type.String(),
  hidden: Type.Boolean(),
  author: Type.String(),
  article: Type.String(),
})
const GroupUser = Type.Object({
  username: Type.String(),
  image: NullableString(),
  bio: Type.String(),
  role: RoleSchema,
  suspendedUntil: NullableString({ description: 'null while not suspended, or suspended until lifted' }),
  suspended: Type.Boolean(),
})
const nullable = <T extends ReturnType<typeof Type.Object>>(schema: T) => Type.Union([schema, Type.Null()])

export const ReportGroupSchema = Type.Object({
  target: ReportTargetSchema,
  article: nullable(GroupArticle),
  comment: nullable(GroupComment),
  user: nullable(GroupUser),
  ref: Type.String({ description: 'Slug, comment id or username as text, kept even if the target is gone' }),
  reportsCount: Type.Integer(),
  reportIds: Type.Array(Type.Integer()),
  reasons: Type.Record(Type.String(), Type.Integer()),
  reports: Type.Array(
    Type.Object({
      id: Type.Integer(),
      reporter: Type.String(),
      reason: ReportReasonSchema,
      note: NullableString(),
      createdAt: Type.String({ format: 'date-time' }),
    }),
  ),
  status: ReportStatusSchema,
  latestAt: Type.String({ format: 'date-time' }),
})
export const ReportGroupsResponse = Type.Object({
  reportGroups: Type.Array(ReportGroupSchema),
  reportGroupsCount: Type.Integer(),
})

export const ModerationReasonBody = Type.Object({ reason: Type.Optional(Reason) })
export const CommentIdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) })
export const ReportIdParams = CommentIdParams
export const UsernameParams = Type.Object({ username: Type.String({ minLength: 1, maxLength: 40 }) })

export const AdminUserSchema = Type.Object({
  username: Type.String(),
  email: Type.String(),
  image: NullableString(),
  bio: Type.String(),
  role: RoleSchema,
  createdAt: Type.String({ format: 'date-time' }),
  suspended: Type.Boolean(),
  suspendedUntil: NullableString({ description: 'null while not suspended, or suspended until lifted' }),
  suspensionReason: NullableString(),
})
export const AdminUserResponse = Type.Object({ user: AdminUserSchema })
export const AdminUsersResponse = Type.Object({
  users: Type.Array(AdminUserSchema),
  usersCount: Type.Integer(),
})
export const AdminUsersQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 254, description: 'Part of a username or an email address' })),
  ...PaginationQuery,
})

export const SuspendUserBody = Type.Object({
  reason: RequiredText(1000),
  until: Type.Optional(NullableString({ maxLength: 40, description: 'ISO date-time; null: until lifted' })),
})
export const SetRoleBody = Type.Object({ role: RoleSchema })

export const AuditEntrySchema = Type.Object({
  id: Type.Integer(),
  actor: Type.String(),
  action: Type.String(),
  target: Type.Union([...ReportTargetSchema.anyOf, Type.Literal('report')]),
  ref: Type.String(),
  reason: NullableString(),
  createdAt: Type.String({ format: 'date-time' }),
})
export const AuditQuery = Type.Object({ ...PaginationQuery })
export const AuditResponse = Type.Object({
  auditEntries: Type.Array(AuditEntrySchema),
  auditEntriesCount: Type.Integer(),
})

export type CreateReportInput = Static<typeof CreateReportBody>['report']
export type Report = Static<typeof ReportSchema>
export type ReportGroup = Static<typeof ReportGroupSchema>
export type AdminUser = Static<typeof AdminUserSchema>
export type AuditEntry = Static<typeof AuditEntrySchema>
export type ReportReason = Static<typeof ReportReasonSchema>
