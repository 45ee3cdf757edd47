import { useLocation, useNavigate } from 'react-router'
import { paths } from '../../../config/paths'
import { useFollowProfile } from '../api/follow-profile'
import { type Profile, useProfile } from '../api/get-profile'

type FollowButtonProps = {
  profile: Profile
  isSignedIn: boolean
  /** run after the server answered, e.g. to refresh an article that embeds this author */
  onSettled?: () => void
}

export function FollowButton({ profile: initialProfile, isSignedIn, onSettled }: FollowButtonProps) {
  const { data } = useProfile(initialProfile.username, initialProfile)
  const profile = data ?? initialProfile
  const follow = useFollowProfile(onSettled)
  const navigate = useNavigate()
  const location = useLocation()

  function onClick() {
    if (!isSignedIn) {
      navigate(paths.login(`${location.pathname}${location.search}`))
      return
    }
    follow.mutate({ username: profile.username, follow: !profile.following })
  }

  return (
    <button
      type="button"
      className={`button button-small ${profile.following ? 'button-secondary' : 'button-outline'}`}
      aria-pressed={profile.following}
      disabled={follow.isPending}
      onClick={onClick}
    >
      <span aria-hidden="true">{profile.following ? '✓' : '+'}</span>{' '}
      {profile.following ? 'Following' : 'Follow'} {profile.username}
    </button>
  )
}
