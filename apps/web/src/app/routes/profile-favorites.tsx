import { ProfilePage } from './profile'

export { loader } from './profile'

export function Component() {
  return <ProfilePage tab="favorites" />
}
