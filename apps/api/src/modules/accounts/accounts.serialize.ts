import type { Static } from 'typebox'
import type { AccountsRepository } from './accounts.repository'
import type { AccountExport } from './accounts.schemas'

type Rows = Awaited<ReturnType<AccountsRepository['exportOf']>>
type Profile = NonNullable<Rows['profile']>

/** One JSON document a person can keep or take elsewhere. */
export function toAccountExport(
  rows: Rows & { profile: Profile },
  now: string,
): Static<typeof AccountExport> {
  const tagsOf = new Map<number, string[]>()
  for (const { articleId, name } of rows.tags) tagsOf.set(articleId, [...(tagsOf.get(articleId) ?? []), name])
  const { emailVerifiedAt, ...profile } = rows.profile
  return {
    exportedAt: now,
    profile: { ...profile, emailVerified: emailVerifiedAt !== null },
    articles: rows.articles.map(({ id, favoritesCount, ...article }) => ({
      ...article,
      tagList: (tagsOf.get(id) ?? []).sort(),
      favoritesCount: Number(favoritesCount),
    })),
    comments: rows.comments.map((comment) => ({ ...comment, id: Number(comment.id) })),
    favorites: rows.favorites,
    following: rows.following,
  }
}
