// Import boundaries checked by `npm run lint` (see docs/decisions/006-import-boundaries.md).
// Paths are relative to the repository root. `$1` in a `to` path is the group captured by `from`.
const TEST_FILE = '\\.test\\.tsx?$'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'api-module-internals',
      comment:
        "An API module uses another module only through its service and its schemas (types); repositories, routes, serializers and helpers are the owner's business.",
      severity: 'error',
      from: { path: '^apps/api/src/modules/([^/]+)/', pathNot: TEST_FILE },
      to: {
        path: '^apps/api/src/modules/[^/]+/',
        pathNot: ['^apps/api/src/modules/$1/', '^apps/api/src/modules/[^/]+/[^/]+\\.(service|schemas)\\.ts$'],
      },
    },
    {
      name: 'api-db-below-app',
      comment: 'The database layer sits below the app: it must not import app.ts, plugins or modules.',
      severity: 'error',
      from: { path: '^apps/api/src/db/' },
      to: { path: '^apps/api/src/(app\\.ts$|plugins/|modules/)' },
    },
    {
      name: 'web-not-api',
      comment: 'The web app meets the API only at packages/api-contract, never by importing apps/api.',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^apps/api/' },
    },
    {
      name: 'web-shared-not-features',
      comment: 'Shared web code (lib, components, config) sits below the features and the app.',
      severity: 'error',
      from: { path: '^apps/web/src/(lib|components|config)/' },
      to: { path: '^apps/web/src/(features|app)/' },
    },
    {
      name: 'web-feature-isolation',
      comment: 'A feature does not import another feature; routes in app/routes combine them.',
      severity: 'error',
      from: { path: '^apps/web/src/features/([^/]+)/' },
      to: { path: '^apps/web/src/features/', pathNot: '^apps/web/src/features/$1/' },
    },
    {
      name: 'web-feature-below-app',
      comment: 'Features sit below the app shell and its routes.',
      severity: 'error',
      from: { path: '^apps/web/src/features/' },
      to: { path: '^apps/web/src/app/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|playwright-report|test-results)/' },
    // Type-only imports count: reaching into another module's types is still reaching in.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
}
