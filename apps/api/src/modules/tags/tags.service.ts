import type { Db } from '../../db/database'
import type { TagsRepository } from './tags.repository'

const POPULAR_LIMIT = 50

export type TagsService = ReturnType<typeof createTagsService>

/** Owns the tags and article_tags tables and their counters; article writes call it inside their transaction. */
export function createTagsService(tags: TagsRepository) {
  return {
    popular: () => tags.popular(POPULAR_LIMIT),

    /**
     * Counts (1) or uncounts (-1) a listed article on its tags' counters; only listed articles count, so
     * the articles service calls it when an article is published, unpublished, retagged or deleted.
     */
    countArticle: (tx: Db, articleId: number, delta: 1 | -1) => tags.count(tx, articleId, delta),

    /** Runs inside the caller's transaction, before listed articles are deleted with their author's account. */
    releaseArticles: (tx: Db, articleIds: readonly number[]) => tags.uncountArticles(tx, articleIds),

    /**
     * A new article's tags, counted on them when it is `listed`; runs inside the caller's transaction, after
     * the article row exists.
     */
    tagNewArticle: (tx: Db, articleId: number, names: readonly string[], listed: boolean) =>
      tags.linkNew(tx, articleId, names, listed),

    /** Runs inside the caller's transaction, after the article row exists; counters are left alone. */
    setArticleTags: (tx: Db, articleId: number, names: readonly string[]) => tags.link(tx, articleId, names),
  }
}
