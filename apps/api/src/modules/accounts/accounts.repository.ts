import type { Db } from '../../db/database'
import type { TokenPurpose } from './account-tokens'

export type AccountsRepository = ReturnType<typeof createAccountsRepository>

export function createAccountsRepository(db: Db) {
  return {
    async insertToken(token: {
      tokenHash: string
      userId: number
      purpose: TokenPurpose
      email: string
      passwordFingerprint: string
      now: string
      expiresAt: string
    }) {
      await db
        .insertInto('accountTokens')
        .values({
          tokenHash: token.tokenHash,
          userId: token.userId,
          purpose: token.purpose,
          email: token.email,
          passwordFingerprint: token.passwordFingerprint,
          createdAt: token.now,
          expiresAt: token.expiresAt,
        })
        .execute()
    },

    /** Spends an unexpired, unused token; the conditional update is what makes it single-use under races. */
    useToken(tokenHash: string, purpose: TokenPurpose, now: string) {
      return db
        .updateTable('accountTokens')
        .set({ usedAt: now })
        .where('tokenHash', '=', tokenHash)
        .where('purpose', '=', purpose)
        .where('usedAt', 'is', null)
        .where('expiresAt', '>', now)
        .returning(['userId', 'email', 'passwordFingerprint'])
        .executeTakeFirst()
    },

    /** Everything a user wrote or chose, in a fixed number of queries. */
    async exportOf(userId: number) {
      const [profile, articles, tags, comments, favorites, following] = await Promise.all([
        db
          .selectFrom('users')
          .select(['username', 'email', 'emailVerifiedAt', 'bio', 'image', 'createdAt', 'updatedAt'])
          .where('id', '=', userId)
          .executeTakeFirst(),
        db
          .selectFrom('articles')
          .select(['id', 'slug', 'title', 'description', 'body', 'favoritesCount', 'createdAt', 'updatedAt'])
          .where('authorId', '=', userId)
          .orderBy('id')
          .execute(),
        db
          .selectFrom('articleTags as at')
          .innerJoin('articles as a', 'a.id', 'at.articleId')
          .innerJoin('tags as t', 't.id', 'at.tagId')
          .select(['at.articleId', 't.name'])
          .where('a.authorId', '=', userId)
          .execute(),
        db
          .selectFrom('comments as c')
          .innerJoin('articles as a', 'a.id', 'c.articleId')
          .select(['c.id', 'a.slug as articleSlug', 'c.body', 'c.createdAt', 'c.updatedAt'])
          .where('c.authorId', '=', userId)
          .orderBy('c.id')
          .execute(),
        db
          .selectFrom('favorites as f')
          .innerJoin('articles as a', 'a.id', 'f.articleId')
          .select(['a.slug', 'a.title'])
          .where('f.userId', '=', userId)
          .orderBy('a.id')
          .execute(),
        db
          .selectFrom('follows as f')
          .innerJoin('users as u', 'u.id', 'f.followedId')
          .select('u.username')
          .where('f.followerId', '=', userId)
          .orderBy('u.username')
          .execute(),
      ])
      return { profile, articles, tags, comments, favorites, following }
    },
  }
}
