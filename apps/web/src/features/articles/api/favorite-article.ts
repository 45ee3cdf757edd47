import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query'
import { api, unwrap } from '../../../lib/api-client'
import { articleKeys } from './article-keys'
import type { Article } from './get-article'
import type { ArticleList } from './get-articles'

type FavoriteVariables = { slug: string; favorite: boolean }
type Snapshot = Array<[readonly unknown[], unknown]>

export async function setFavorite({ slug, favorite }: FavoriteVariables) {
  const options = { params: { path: { slug } } }
  const data = await unwrap(
    favorite
      ? api.POST('/articles/{slug}/favorite', options)
      : api.DELETE('/articles/{slug}/favorite', options),
  )
  return data.article
}

function toggle<T extends { slug: string; favorited: boolean; favoritesCount: number }>(
  article: T,
  { slug, favorite }: FavoriteVariables,
): T {
  if (article.slug !== slug || article.favorited === favorite) return article
  return { ...article, favorited: favorite, favoritesCount: article.favoritesCount + (favorite ? 1 : -1) }
}

function applyOptimistic(queryClient: QueryClient, variables: FavoriteVariables) {
  queryClient.setQueriesData<ArticleList>({ queryKey: articleKeys.lists() }, (list) =>
    list ? { ...list, articles: list.articles.map((a) => toggle(a, variables)) } : list,
  )
  queryClient.setQueryData<Article>(articleKeys.detail(variables.slug), (article) =>
    article ? toggle(article, variables) : article,
  )
}

/** Favourite or unfavourite at once; roll back if the server says no, then refetch either way. */
export function useFavoriteArticle() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: setFavorite,
    onMutate: async (variables): Promise<{ snapshot: Snapshot }> => {
      await queryClient.cancelQueries({ queryKey: articleKeys.all })
      const snapshot: Snapshot = queryClient.getQueriesData({ queryKey: articleKeys.all })
      applyOptimistic(queryClient, variables)
      return { snapshot }
    },
    onError: (_error, _variables, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key, data)
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: articleKeys.all }),
  })
}
