import type { ApiPaths } from '../../../lib/api-client'

// Named views of the generated contract's moderation routes.
type Ok<Operation> = Operation extends { responses: { 200: { content: { 'application/json': infer Body } } } }
  ? Body
  : never

export type CreateReportBody = ApiPaths['/reports']['post']['requestBody']['content']['application/json']
export type ReportReason = CreateReportBody['report']['reason']
export type ReportGroup = Ok<ApiPaths['/admin/reports']['get']>['reportGroups'][number]
export type ReportStatus = ReportGroup['status']
export type AdminUser = Ok<ApiPaths['/admin/users']['get']>['users'][number]
export type Role = AdminUser['role']
