import { isApiError } from '../../../lib/api-error'
import { useCurrentUser } from '../api/get-current-user'
import { useResendVerification } from '../api/verify-email'

/** Unverified accounts work as usual (RealWorld clients must); the web app only asks, with a way to resend. */
export function VerifyEmailBanner() {
  const { user } = useCurrentUser()
  const resend = useResendVerification()
  if (!user || user.emailVerified) return null
  return (
    <section className="banner" aria-label="Email confirmation">
      <div className="container banner-inner">
        <p>
          Please confirm your email address: we sent a link to <strong>{user.email}</strong>.
        </p>
        {resend.isSuccess ? (
          <p role="status">Sent. Check your inbox.</p>
        ) : (
          <button
            type="button"
            className="button button-small"
            disabled={resend.isPending}
            onClick={() => resend.mutate()}
          >
            {resend.isPending ? 'Sending…' : 'Resend'}
          </button>
        )}
        {resend.error ? (
          <p role="alert">
            {isApiError(resend.error, 429)
              ? 'We sent several links already; try again in an hour.'
              : resend.error.message}
          </p>
        ) : null}
      </div>
    </section>
  )
}
