import { createBrowserRouter } from 'react-router'
import { currentUserQuery } from '../features/auth/api/get-current-user'
import { queryClient } from '../lib/query-client'
import { PageLoading } from './page-loading'
import { RootLayout } from './root-layout'
import { RouteError } from './route-error'

/** Knowing who is signed in before the first paint keeps the header from flickering. */
async function rootLoader() {
  await queryClient.ensureQueryData(currentUserQuery()).catch(() => null)
  return null
}

export function createAppRouter() {
  return createBrowserRouter([
    {
      id: 'root',
      Component: RootLayout,
      loader: rootLoader,
      HydrateFallback: PageLoading,
      ErrorBoundary: RouteError,
      children: [
        {
          ErrorBoundary: RouteError,
          children: [
            { index: true, lazy: () => import('./routes/home') },
            { path: 'login', lazy: () => import('./routes/login') },
            { path: 'register', lazy: () => import('./routes/register') },
            { path: 'forgot-password', lazy: () => import('./routes/forgot-password') },
            { path: 'reset-password', lazy: () => import('./routes/reset-password') },
            { path: 'verify-email', lazy: () => import('./routes/verify-email') },
            { path: 'settings', lazy: () => import('./routes/settings') },
            { path: 'editor', lazy: () => import('./routes/editor') },
            { path: 'editor/:slug', lazy: () => import('./routes/editor') },
            { path: 'article/:slug', lazy: () => import('./routes/article') },
            { path: 'profile/:username', lazy: () => import('./routes/profile') },
            { path: 'profile/:username/favorites', lazy: () => import('./routes/profile-favorites') },
            { path: 'profile/:username/drafts', lazy: () => import('./routes/profile-drafts') },
            { path: 'search', lazy: () => import('./routes/search') },
            { path: 'admin/:section?', lazy: () => import('./routes/admin') },
            { path: '*', lazy: () => import('./routes/not-found') },
          ],
        },
      ],
    },
  ])
}
