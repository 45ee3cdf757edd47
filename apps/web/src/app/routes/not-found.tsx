import { Link } from 'react-router'
import { paths } from '../../config/paths'

export function Component() {
  return (
    <div className="container page page-narrow">
      <title>Page not found — Conduit</title>
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
      <Link to={paths.home()} className="button button-primary">
        Back to the home page
      </Link>
    </div>
  )
}
