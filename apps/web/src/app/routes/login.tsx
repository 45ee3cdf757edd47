import { Link, redirect, useLocation, useNavigate, useSearchParams } from 'react-router'
import { paths, safeRedirectPath } from '../../config/paths'
import { SignInForm } from '../../features/auth/components/sign-in-form'
import { tokenStore } from '../../lib/token-store'

export function loader({ request }: { request: Request }) {
  if (!tokenStore.get()) return null
  throw redirect(safeRedirectPath(new URL(request.url).searchParams.get('redirectTo')))
}

export function Component() {
  const [params] = useSearchParams()
  const location = useLocation()
  const navigate = useNavigate()
  const redirectTo = params.get('redirectTo')
  const state: unknown = location.state
  const sessionExpired = typeof state === 'object' && state !== null && 'sessionExpired' in state

  return (
    <div className="container page page-narrow auth-page">
      <title>Sign in — Conduit</title>
      <h1>Sign in</h1>
      <p className="auth-switch">
        <Link
          to={redirectTo ? `${paths.register()}?${new URLSearchParams({ redirectTo })}` : paths.register()}
        >
          Need an account?
        </Link>
      </p>
      {sessionExpired ? (
        <p className="notice" role="status">
          Your session has expired, please sign in again.
        </p>
      ) : null}
      <SignInForm onSignedIn={() => navigate(safeRedirectPath(redirectTo), { replace: true })} />
      <p className="auth-switch">
        <Link to={paths.forgotPassword()}>Forgot password?</Link>
      </p>
    </div>
  )
}
