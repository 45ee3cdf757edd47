// Whether the API answered the last call. A 502/503/504 (the host or the load balancer could not reach
// the API) or a failed fetch marks it unreachable; any other answer marks it reachable again. This is
// not a session matter: tokens are kept, and the app shows a "can't reach the server" notice instead.

type Listener = () => void

const UNREACHABLE_STATUSES = new Set([502, 503, 504])

export function createServerStatus() {
  let reachable = true
  const listeners = new Set<Listener>()

  function set(value: boolean) {
    if (value === reachable) return
    reachable = value
    for (const listener of listeners) listener()
  }

  return {
    isReachable: () => reachable,
    /** Records what a call to the API answered: a status, or `null` when the fetch itself failed. */
    report(status: number | null) {
      set(status !== null && !UNREACHABLE_STATUSES.has(status))
    },
    subscribe(listener: Listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}

export type ServerStatus = ReturnType<typeof createServerStatus>

export const serverStatus = createServerStatus()
