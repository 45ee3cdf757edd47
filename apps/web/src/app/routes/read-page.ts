/** `?page=3` → 3; anything missing or odd → 1. */
export function readPage(params: URLSearchParams): number {
  const page = Number.parseInt(params.get('page') ?? '1', 10)
  return Number.isFinite(page) && page >= 1 ? page : 1
}
