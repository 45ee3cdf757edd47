export const ARTICLES_PER_PAGE = 10

export type ArticleFilter =
  | { feed: 'following'; page: number }
  | { feed: 'drafts'; page: number }
  | { feed: 'global'; page: number; tag?: string; author?: string; favorited?: string }

export const articleKeys = {
  all: ['articles'] as const,
  lists: () => [...articleKeys.all, 'list'] as const,
  list: (filter: ArticleFilter) => [...articleKeys.lists(), filter] as const,
  details: () => [...articleKeys.all, 'detail'] as const,
  detail: (slug: string) => [...articleKeys.details(), slug] as const,
  preview: (slug: string, token: string) => [...articleKeys.detail(slug), { preview: token }] as const,
  editing: (slug: string) => [...articleKeys.all, 'editing', slug] as const,
}
