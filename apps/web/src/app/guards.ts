import { redirect } from 'react-router'
import { paths } from '../config/paths'
import { tokenStore } from '../lib/token-store'

/** For loaders of signed-in-only pages: without tokens, go to sign-in and come back afterwards. */
export function requireSignedIn(request: Request) {
  if (tokenStore.get()) return
  const url = new URL(request.url)
  throw redirect(paths.login(`${url.pathname}${url.search}`))
}
