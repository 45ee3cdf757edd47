// The localStorage keys the session lives under. Their own module, free of browser globals, so the e2e
// fixtures (which run in Node) seed and read the same keys the app uses.
export const TOKEN_KEY = 'conduit.token'
export const REFRESH_TOKEN_KEY = 'conduit.refreshToken'
/** Fallback cross-tab refresh lock, for browsers without the Web Locks API. */
export const REFRESH_LOCK_KEY = 'conduit.refreshLock'
/** The Web Locks name a refresh runs under. */
export const REFRESH_LOCK_NAME = 'conduit.refresh'
