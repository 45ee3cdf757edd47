/** How long a replica trusts that an account it looked up still exists. */
const RECHECK_MS = 10_000
const CACHE_LIMIT = 10_000

export type LiveAccounts = ReturnType<typeof createLiveAccounts>

/**
 * Access tokens are verified without the database, so a deleted account's token would keep working until it
 * expires. This remembers, per replica, which accounts were seen to exist: one primary-key lookup per account
 * per 10 s. A deletion takes effect at once on this replica, and on another one when the change reaches it
 * (accounts.service.ts forgets the accounts a change names), or within 10 s if it never does.
 */
export function createLiveAccounts(exists: (userId: number) => Promise<boolean>) {
  const seenAt = new Map<number, number>()
  return {
    async isLive(userId: number): Promise<boolean> {
      const seen = seenAt.get(userId)
      if (seen !== undefined && Date.now() - seen < RECHECK_MS) return true
      if (!(await exists(userId))) {
        seenAt.delete(userId)
        return false
      }
      if (seenAt.size >= CACHE_LIMIT) seenAt.clear()
      seenAt.set(userId, Date.now())
      return true
    },

    forget(userId: number): void {
      seenAt.delete(userId)
    },

    forgetAll(): void {
      seenAt.clear()
    },
  }
}
