import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { Avatar } from '../../../components/avatar'
import { paths } from '../../../config/paths'
import type { Profile } from '../api/get-profile'
import { FollowButton } from './follow-button'

type ProfileHeaderProps = {
  profile: Profile
  isSelf: boolean
  isSignedIn: boolean
  /** Extra actions on someone else's profile (the route adds "Report"). */
  actions?: ReactNode
}

export function ProfileHeader({ profile, isSelf, isSignedIn, actions }: ProfileHeaderProps) {
  return (
    <div className="profile-banner">
      <div className="container profile-banner-inner">
        <Avatar username={profile.username} image={profile.image} size="large" decorative={false} />
        <h1>{profile.username}</h1>
        {profile.bio ? <p className="profile-bio">{profile.bio}</p> : null}
        <div className="profile-actions">
          {isSelf ? (
            <Link to={paths.settings()} className="button button-outline button-small">
              Edit profile settings
            </Link>
          ) : (
            <>
              <FollowButton profile={profile} isSignedIn={isSignedIn} />
              {actions}
            </>
          )}
        </div>
      </div>
    </div>
  )
}
