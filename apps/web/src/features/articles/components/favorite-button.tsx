import { useLocation, useNavigate } from 'react-router'
import { paths } from '../../../config/paths'
import { useFavoriteArticle } from '../api/favorite-article'

type FavoriteButtonProps = {
  slug: string
  title: string
  favorited: boolean
  favoritesCount: number
  isSignedIn: boolean
  /** the long form ("Favorite article (3)") on the article page */
  variant?: 'compact' | 'full'
}

export function FavoriteButton({
  slug,
  title,
  favorited,
  favoritesCount,
  isSignedIn,
  variant = 'compact',
}: FavoriteButtonProps) {
  const favorite = useFavoriteArticle()
  const navigate = useNavigate()
  const location = useLocation()

  function onClick() {
    if (!isSignedIn) {
      navigate(paths.login(`${location.pathname}${location.search}`))
      return
    }
    favorite.mutate({ slug, favorite: !favorited })
  }

  const action = favorited ? 'Unfavorite' : 'Favorite'
  return (
    <button
      type="button"
      className={`button button-small ${favorited ? 'button-primary' : 'button-outline'}`}
      aria-pressed={favorited}
      aria-label={variant === 'compact' ? `${action} “${title}”, ${favoritesCount} favorites` : undefined}
      disabled={favorite.isPending}
      onClick={onClick}
    >
      <span aria-hidden="true">♥</span> {variant === 'full' ? `${action} article ` : null}
      <span className="count">{variant === 'full' ? `(${favoritesCount})` : favoritesCount}</span>
    </button>
  )
}
