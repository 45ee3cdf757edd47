import { useMutation } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import type { CreateReportBody } from './moderation-types'

export type ReportSubject =
  | { kind: 'article'; slug: string }
  | { kind: 'comment'; slug: string; id: number }
  | { kind: 'user'; username: string }

export type ReportInput = Pick<CreateReportBody['report'], 'reason' | 'note'>

export function reportBody(subject: ReportSubject, input: ReportInput): CreateReportBody {
  const note = input.note?.trim() ? { note: input.note.trim() } : {}
  const base = { reason: input.reason, ...note }
  if (subject.kind === 'article') return { report: { article: subject.slug, ...base } }
  if (subject.kind === 'comment') return { report: { article: subject.slug, comment: subject.id, ...base } }
  return { report: { user: subject.username, ...base } }
}

export function useCreateReport(subject: ReportSubject) {
  return useMutation({
    mutationFn: (input: ReportInput) =>
      unwrap(api.POST('/reports', { body: reportBody(subject, input) })).then((d) => d.report),
  })
}
