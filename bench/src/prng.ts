// A seeded PRNG so that two runs with the same BENCH_SEED create the same users, texts, tags,
// follows, favourites and comments, and figures from different days compare like with like.

export interface Prng {
  /** uniform in [0, 1) */
  next(): number
  int(maxExclusive: number): number
  pick<T>(items: readonly T[]): T
  /** `count` distinct items, in draw order */
  sample<T>(items: readonly T[], count: number): T[]
}

/** mulberry32: tiny, fast and good enough for test data (not for anything secret). */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (maxExclusive: number) => Math.floor(next() * maxExclusive)
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(items.length)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }
  const sample = <T>(items: readonly T[], count: number): T[] => {
    if (count > items.length) throw new Error(`cannot sample ${count} of ${items.length}`)
    const pool = [...items]
    const out: T[] = []
    for (let i = 0; i < count; i++) {
      const j = i + int(pool.length - i)
      const a = pool[i] as T
      const b = pool[j] as T
      pool[i] = b
      pool[j] = a
      out.push(b)
    }
    return out
  }
  return { next, int, pick, sample }
}
