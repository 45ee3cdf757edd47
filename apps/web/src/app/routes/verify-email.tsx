import { useEffect, useRef } from 'react'
import { Link } from 'react-router'
import { paths } from '../../config/paths'
import { useVerifyEmail } from '../../features/auth/api/verify-email'
import { isApiError } from '../../lib/api-error'
import { useMailToken } from './mail-token'

export function Component() {
  const token = useMailToken(paths.verifyEmail())
  const verify = useVerifyEmail()
  const sent = useRef(false)

  useEffect(() => {
    // Once only: a token is single-use, and a second call would report it as used.
    if (!token || sent.current) return
    sent.current = true
    verify.mutate(token)
  }, [token, verify])

  return (
    <div className="container page page-narrow auth-page">
      <title>Confirm your email — Conduit</title>
      <h1>Confirm your email</h1>
      {!token ? (
        <p className="notice" role="status">
          This page needs the link from your mail.
        </p>
      ) : verify.isSuccess ? (
        <p className="notice" role="status">
          Your address is confirmed. Thank you!
        </p>
      ) : verify.isError ? (
        <p className="form-errors" role="alert">
          {isApiError(verify.error, 401)
            ? 'This link is invalid, was used already or has expired. Signed in, you can ask for a new one.'
            : verify.error.message}
        </p>
      ) : (
        <p role="status">Confirming…</p>
      )}
      <p className="auth-switch">
        <Link to={paths.home()}>Go to the home page</Link>
      </p>
    </div>
  )
}
