import { isRouteErrorResponse, Link, useRouteError } from 'react-router'
import { paths } from '../config/paths'
import { isApiError } from '../lib/api-error'

export function RouteError() {
  const error = useRouteError()
  const notFound = isApiError(error, 404) || (isRouteErrorResponse(error) && error.status === 404)
  if (notFound) {
    return (
      <div className="container page page-narrow">
        <title>Not found — Conduit</title>
        <h1>We could not find that</h1>
        <p>It may have been deleted, or the address may be wrong.</p>
        <Link to={paths.home()} className="button button-primary">
          Back to the home page
        </Link>
      </div>
    )
  }
  const message = error instanceof Error ? error.message : 'An unexpected error happened.'
  return (
    <div className="container page page-narrow" role="alert">
      <title>Error — Conduit</title>
      <h1>Something went wrong</h1>
      <p>{message}</p>
      <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    </div>
  )
}
