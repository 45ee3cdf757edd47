import { useEffect, useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'

/**
 * The `?token=` of a mailed link, read once and then taken out of the address bar and the history entry
 * (a replace navigation is history.replaceState), so it doesn't linger where others could read it.
 */
export function useMailToken(path: string): string | null {
  const [params] = useSearchParams()
  const [token] = useState(() => params.get('token'))
  const navigate = useNavigate()
  const inUrl = params.has('token')
  useEffect(() => {
    if (inUrl) void navigate(path, { replace: true })
  }, [inUrl, navigate, path])
  return token
}
