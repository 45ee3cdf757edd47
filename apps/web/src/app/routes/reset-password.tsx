import { Link, useNavigate } from 'react-router'
import { paths } from '../../config/paths'
import { ResetPasswordForm } from '../../features/auth/components/reset-password-form'
import { useMailToken } from './mail-token'

export function Component() {
  const token = useMailToken(paths.resetPassword())
  const navigate = useNavigate()

  return (
    <div className="container page page-narrow auth-page">
      <title>Choose a new password — Conduit</title>
      <h1>Choose a new password</h1>
      {token ? (
        <ResetPasswordForm token={token} onSignedIn={() => navigate(paths.home(), { replace: true })} />
      ) : (
        <p className="notice" role="status">
          This page needs the link from your mail. Open it again, or ask for a new one.
        </p>
      )}
      <p className="auth-switch">
        <Link to={paths.forgotPassword()}>Ask for a new link</Link>
      </p>
    </div>
  )
}
