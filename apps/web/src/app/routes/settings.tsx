import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { ErrorState, LoadingState } from '../../components/status'
import { paths } from '../../config/paths'
import { DeleteAccountForm } from '../../features/account/components/delete-account-form'
import { DownloadDataButton } from '../../features/account/components/download-data-button'
import { useCurrentUser } from '../../features/auth/api/get-current-user'
import { useSignOut } from '../../features/auth/api/sign-out'
import { userKeys } from '../../features/auth/api/user-keys'
import { SettingsForm } from '../../features/auth/components/settings-form'
import { SessionList } from '../../features/sessions/components/session-list'
import { requireSignedIn } from '../guards'

export function loader({ request }: { request: Request }) {
  requireSignedIn(request)
  return null
}

export function Component() {
  const { user, error, isPending, refetch } = useCurrentUser()
  const signOut = useSignOut()
  const navigate = useNavigate()
  const queryClient = useQueryClient()

  return (
    <div className="container page page-narrow">
      <title>Settings — Conduit</title>
      <h1>Your settings</h1>
      {isPending ? (
        <LoadingState />
      ) : error ? (
        <ErrorState title="Your settings could not be loaded" error={error} onRetry={() => void refetch()} />
      ) : user ? (
        <SettingsForm key={user.username} user={user} />
      ) : null}

      <section className="settings-section" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Signed-in devices</h2>
        <SessionList />
      </section>

      <section className="settings-section" aria-labelledby="sign-out-heading">
        <h2 id="sign-out-heading">Sign out</h2>
        <button
          type="button"
          className="button button-danger-outline"
          disabled={signOut.isPending}
          onClick={() =>
            signOut.mutate(undefined, { onSettled: () => navigate(paths.home(), { replace: true }) })
          }
        >
          {signOut.isPending ? 'Signing out…' : 'Sign out of this device'}
        </button>
      </section>

      <section className="settings-section" aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <DownloadDataButton />
      </section>

      <section className="settings-section" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete account</h2>
        <DeleteAccountForm
          onDeleted={() => {
            queryClient.setQueryData(userKeys.current(), null)
            void navigate(paths.home(), { replace: true })
          }}
        />
      </section>
    </div>
  )
}
