// Fails when the JavaScript needed to render `/` exceeds the budget: the entry chunk, everything it
// imports statically (what index.html loads or modulepreloads), and the home route's lazy chunk with
// its own static imports, which the router fetches before it can render `/`.
// Usage: node scripts/check-budget.mjs [--budget-kb 120] (after `vite build`)
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')
const flag = process.argv.indexOf('--budget-kb')
const budgetKb = flag > -1 ? Number(process.argv[flag + 1]) : 120

function fail(message) {
  console.error(message)
  process.exit(1)
}

let html
try {
  html = readFileSync(join(dist, 'index.html'), 'utf8')
} catch {
  fail('dist/index.html not found: run `npm run build -w @conduit/web` first')
}

const referenced = [
  ...html.matchAll(/<script[^>]*\btype="module"[^>]*\bsrc="([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g),
].map((match) => match[1].replace(/^\//, ''))
if (referenced.length === 0) fail('dist/index.html loads no module script')

// The home route is the lazy chunk named after src/app/routes/home.tsx. Not finding exactly one
// means the build changed shape, and a budget that silently skips it would measure too little.
const homeChunks = readdirSync(join(dist, 'assets')).filter((name) => /^home-[\w-]+\.js$/.test(name))
if (homeChunks.length !== 1) {
  fail(
    `expected one home route chunk (assets/home-*.js), found ${homeChunks.length}: ${homeChunks.join(', ')}`,
  )
}
const homeChunk = `assets/${homeChunks[0]}`

// Follow static imports (`import … from "./x.js"` / `import "./x.js"`), never dynamic import().
const staticImport = /(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g
function withStaticImports(entries) {
  const seen = new Set()
  const queue = [...entries]
  while (queue.length > 0) {
    const file = queue.shift()
    if (seen.has(file)) continue
    seen.add(file)
    const code = readFileSync(join(dist, file), 'utf8')
    for (const match of code.matchAll(staticImport)) {
      const target = match[1].startsWith('/') ? match[1].slice(1) : posix.join(posix.dirname(file), match[1])
      if (!seen.has(target)) queue.push(target)
    }
  }
  return seen
}

const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1000
const initial = withStaticImports(referenced)
const firstPage = withStaticImports([...initial, homeChunk])

const rows = [...firstPage].map((file) => ({ file, kb: gzipKb(file), lazy: !initial.has(file) }))
for (const row of rows.sort((a, b) => b.kb - a.kb)) {
  console.log(`${row.kb.toFixed(2).padStart(8)} kB  ${row.file}${row.lazy ? '  (home route)' : ''}`)
}
const sum = (list) => list.reduce((total, row) => total + row.kb, 0)
const totalKb = sum(rows)
console.log(
  `${totalKb.toFixed(2).padStart(8)} kB  gzipped for / (entry and preloads ${sum(rows.filter((row) => !row.lazy)).toFixed(2)} kB, ` +
    `home route ${sum(rows.filter((row) => row.lazy)).toFixed(2)} kB; budget ${budgetKb} kB)`,
)
if (totalKb > budgetKb) fail(`Over budget by ${(totalKb - budgetKb).toFixed(2)} kB`)
