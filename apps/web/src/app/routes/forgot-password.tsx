import { Link } from 'react-router'
import { paths } from '../../config/paths'
import { ForgotPasswordForm } from '../../features/auth/components/forgot-password-form'

export function Component() {
  return (
    <div className="container page page-narrow auth-page">
      <title>Forgot password — Conduit</title>
      <h1>Forgot your password?</h1>
      <p className="auth-switch">
        Enter the address you signed up with, and we'll mail you a link to choose a new password.
      </p>
      <ForgotPasswordForm />
      <p className="auth-switch">
        <Link to={paths.login()}>Back to sign in</Link>
      </p>
    </div>
  )
}
