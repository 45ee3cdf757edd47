import { requireSignedIn } from '../guards'
import { ProfilePage, loader as profileLoader } from './profile'

export async function loader(args: { request: Request; params: { username?: string } }) {
  requireSignedIn(args.request)
  return profileLoader(args)
}

export function Component() {
  return <ProfilePage tab="drafts" />
}
