import { RouterProvider } from 'react-router/dom'
import { setSessionExpiredHandler } from '../lib/api-client'
import { queryClient } from '../lib/query-client'
import { AppProviders } from './providers'
import { createAppRouter } from './router'
import { handleSessionExpired, syncSessionAcrossTabs } from './session-sync'

const router = createAppRouter()
const navigate = (to: string, options?: { replace?: boolean; state?: unknown }) =>
  router.navigate(to, options)

// Installed before the first loader runs: the very first request may already find the session expired.
setSessionExpiredHandler(() => handleSessionExpired(queryClient, navigate))
syncSessionAcrossTabs(queryClient, navigate)

export function App() {
  return (
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  )
}
