// The only place that may read import.meta.env. The app always calls its own origin's /api
// (netlify.toml and apps/host forward it; the Vite dev server proxies it), so nothing is read yet.
export const env = Object.freeze({
  apiBaseUrl: '/api',
})
