import { randomBytes } from 'node:crypto'

const MAX_LENGTH = 80

/** A readable URL segment from a title: accents folded, anything else non-alphanumeric becomes a dash. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, '')
  return slug || 'article'
}

/** Taken slugs get a short random suffix rather than a counter, so concurrent writers rarely collide. */
export const withSuffix = (slug: string): string => `${slug}-${randomBytes(4).toString('hex').slice(0, 6)}`
