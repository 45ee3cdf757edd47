import { RouterProvider } from 'react-router/dom'
import { setSessionExpiredHandler } from '../lib/api-client'
import { queryClient } from '../lib/query-client'
import { AppProviders } from './providers'
import { createAppRouter } from './router'

const router = createAppRouter()
const navigate = (to: string, options?: { replace?: boolean; state?: unknown }) =>
  router.navigate(to, options)

// Nothing here is needed to render, so it loads beside the first page. The handler is installed
// before the first loader runs: the very first request may already find the session expired.
const sessionSync = import('./session-sync')
setSessionExpiredHandler(() => {
  void sessionSync.then(({ handleSessionExpired }) => handleSessionExpired(queryClient, navigate))
})
void sessionSync.then(({ syncSessionAcrossTabs }) => syncSessionAcrossTabs(queryClient, router))

export function App() {
  return (
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  )
}
