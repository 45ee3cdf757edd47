import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { Link, NavLink, Outlet, ScrollRestoration, useNavigation, useRevalidator } from 'react-router'
import { Avatar } from '../components/avatar'
import { ServerUnreachable } from '../components/server-unreachable'
import { paths } from '../config/paths'
import { isStaff, useCurrentUser } from '../features/auth/api/get-current-user'
import { VerifyEmailBanner } from '../features/auth/components/verify-email-banner'
import { SearchBox } from '../features/search/components/search-box'

export function RootLayout() {
  const navigation = useNavigation()
  const queryClient = useQueryClient()
  const revalidator = useRevalidator()
  // Back from an outage: refetch what is on screen and rerun the loaders that failed.
  const reload = useCallback(() => {
    void queryClient.refetchQueries({ type: 'active' })
    void revalidator.revalidate()
  }, [queryClient, revalidator])

  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      {navigation.state !== 'idle' ? <div className="progress-bar" aria-hidden="true" /> : null}
      <SiteHeader />
      <ServerUnreachable onRecovered={reload} />
      <VerifyEmailBanner />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </>
  )
}

function SiteHeader() {
  const { user } = useCurrentUser()
  return (
    <header className="site-header">
      <div className="container site-header-inner">
        <Link to={paths.home()} className="brand">
          conduit
        </Link>
        <SearchBox />
        <nav aria-label="Main">
          <ul className="nav-links">
            <li>
              <NavLink to={paths.home()} end>
                Home
              </NavLink>
            </li>
            {user ? (
              <>
                <li>
                  <NavLink to={paths.editor()} end>
                    New article
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.settings()}>Settings</NavLink>
                </li>
                {isStaff(user) ? (
                  <li>
                    <NavLink to={paths.admin()}>Admin</NavLink>
                  </li>
                ) : null}
                <li>
                  <NavLink to={paths.profile(user.username)} className="nav-profile">
                    <Avatar username={user.username} image={user.image} />
                    <span>{user.username}</span>
                  </NavLink>
                </li>
              </>
            ) : (
              <>
                <li>
                  <NavLink to={paths.login()}>Sign in</NavLink>
                </li>
                <li>
                  <NavLink to={paths.register()}>Sign up</NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  )
}

function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container site-footer-inner">
        <Link to={paths.home()} className="brand brand-small">
          conduit
        </Link>
        <p>A place to share your knowledge. Code and design licensed under MIT.</p>
      </div>
    </footer>
  )
}
