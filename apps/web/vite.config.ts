import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const apiOrigin = process.env.API_ORIGIN ?? 'http://127.0.0.1:3000'

// react-router's exports map always selects its development build, whose only difference is dev
// warnings and the "Hey developer" error screen. Builds use the production build it ships beside it.
const reactRouterDist = join(
  dirname(createRequire(import.meta.url).resolve('react-router/package.json')),
  'dist',
)
const reactRouterProduction = [
  { find: /^react-router$/, replacement: join(reactRouterDist, 'production/index.mjs') },
  { find: /^react-router\/dom$/, replacement: join(reactRouterDist, 'production/dom-export.mjs') },
]

// What the article feed on `/` needs besides the home route itself. Profile pages use it too; one
// chunk instead of six small ones keeps the first page's download smaller (see scripts/check-budget.mjs).
const articleFeed =
  /[\\/]src[\\/](features[\\/]articles[\\/](components[\\/](article-list|article-preview|pagination|favorite-button)|api[\\/](get-articles|article-keys|favorite-article))|lib[\\/]format-date|app[\\/]routes[\\/]read-page)\.tsx?$|[\\/]@tanstack[\\/].+[\\/](useMutation|mutationObserver)\.js$/

export default defineConfig(({ command }) => ({
  plugins: [react()],
  resolve: { alias: command === 'build' ? reactRouterProduction : [] },
  server: {
    proxy: { '/api': { target: apiOrigin, changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: apiOrigin, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    // Browsers from 2023 on: no down-levelling and no module-preload polyfill, which keeps the first page small.
    target: 'es2023',
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Everything index.html needs goes into the entry chunk: one gzip stream compresses
            // React, the router and our code better than three files did.
            { name: 'index', tags: ['$initial'], priority: 2 },
            { name: 'article-feed', test: articleFeed, priority: 1 },
            // Cross-tab sync and token refresh load right after the entry, in one request.
            {
              name: 'session',
              test: /[\\/]src[\\/](app[\\/]session-sync|lib[\\/](session-refresh|jwt))\.ts$/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
}))
