import { type FormEvent, useId } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { paths } from '../../../config/paths'
import { MAX_QUERY_LENGTH } from '../api/search-articles'

/** The header's search form: submitting opens the results page with the query in the URL. */
export function SearchBox() {
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const inputId = useId()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const q = String(new FormData(event.currentTarget).get('q') ?? '').trim()
    if (q) void navigate(paths.search(q))
  }

  return (
    <search className="site-search">
      <form onSubmit={submit} action="/search">
        <label htmlFor={inputId} className="visually-hidden">
          Search articles
        </label>
        <input
          id={inputId}
          key={params.get('q') ?? ''}
          name="q"
          type="search"
          placeholder="Search articles"
          defaultValue={params.get('q') ?? ''}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
        />
      </form>
    </search>
  )
}
