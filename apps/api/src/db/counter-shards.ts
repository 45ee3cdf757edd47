/**
 * Counters every article writer moves (the listed-articles total, a tag's count) are split over this many
 * rows, and readers add them up (docs/decisions/019). On PostgreSQL a row is locked from its update to the
 * COMMIT: one row per counter made every article write in the deployment wait for the one before it.
 */
export const COUNTER_SHARDS = 8

/** The shard an article's counts go to: consecutive articles spread over every shard. */
export const shardOf = (articleId: number) => articleId % COUNTER_SHARDS
