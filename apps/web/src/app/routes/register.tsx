import { Link, redirect, useNavigate, useSearchParams } from 'react-router'
import { paths, safeRedirectPath } from '../../config/paths'
import { SignUpForm } from '../../features/auth/components/sign-up-form'
import { tokenStore } from '../../lib/token-store'

export function loader({ request }: { request: Request }) {
  if (!tokenStore.get()) return null
  throw redirect(safeRedirectPath(new URL(request.url).searchParams.get('redirectTo')))
}

export function Component() {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const redirectTo = params.get('redirectTo')
  return (
    <div className="container page page-narrow auth-page">
      <title>Sign up — Conduit</title>
      <h1>Sign up</h1>
      <p className="auth-switch">
        <Link to={paths.login(redirectTo ?? undefined)}>Have an account?</Link>
      </p>
      <SignUpForm onSignedUp={() => navigate(safeRedirectPath(redirectTo), { replace: true })} />
    </div>
  )
}
