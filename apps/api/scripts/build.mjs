// Bundles the API into dist/server.js with its pure-JS dependencies (fastify, kysely, typebox, ajv, pg, …):
// one file to load instead of hundreds of modules, which saves ~12 MB of RSS at start (decision 018).
// Stay outside the bundle: native addons, and packages that find their own files at run time (__dirname,
// worker files, static assets), which a bundle would break.
import { build } from 'esbuild'

const external = [
  // Native addons (pg-native is pg's optional one, never installed).
  'better-sqlite3',
  '@node-rs/argon2',
  'pg-native',
  // Read their own package.json or assets through __dirname, or start workers from their own files.
  '@fastify/swagger',
  '@fastify/swagger-ui',
  '@fastify/static',
  'ioredis',
  'pino',
  'pino-pretty',
  'thread-stream',
]

await build({
  entryPoints: ['src/server.ts'],
  outfile: 'dist/server.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  logLevel: 'warning',
  // Bundled CommonJS packages call require() for Node's built-ins; an ES module has none of its own.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
})
