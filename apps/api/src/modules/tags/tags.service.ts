import type { Db } from '../../db/database'
import type { TagsRepository } from './tags.repository'

const POPULAR_LIMIT = 50

export type TagsService = ReturnType<typeof createTagsService>

/** Owns the tags and article_tags tables and their counters; article writes call it inside their transaction. */
export function createTagsService(tags: TagsRepository) {
  return {
    popular: () => tags.popular(POPULAR_LIMIT),

    /** Runs inside the caller's transaction, before the article is deleted. */
    releaseArticle: (tx: Db, articleId: number) => tags.uncount(tx, articleId),

    /** Runs inside the caller's transaction, before an author's articles are deleted with their account. */
    releaseArticlesBy: (tx: Db, authorId: number) => tags.uncountAuthor(tx, authorId),

    /** Runs inside the caller's transaction, after the article row exists. */
    setArticleTags: (tx: Db, articleId: number, names: readonly string[]) =>
      tags.replace(tx, articleId, names),
  }
}
