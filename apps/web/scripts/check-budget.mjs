// Fails when the JavaScript the first page needs before it can render (the entry chunk and every
// chunk it imports statically, i.e. what index.html loads or modulepreloads) exceeds the budget.
// Usage: node scripts/check-budget.mjs [--budget-kb 120] (after `vite build`)
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')
const flag = process.argv.indexOf('--budget-kb')
const budgetKb = flag > -1 ? Number(process.argv[flag + 1]) : 120

let html
try {
  html = readFileSync(join(dist, 'index.html'), 'utf8')
} catch {
  console.error('dist/index.html not found: run `npm run build -w @conduit/web` first')
  process.exit(1)
}

const referenced = [
  ...html.matchAll(/<script[^>]*\btype="module"[^>]*\bsrc="([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g),
].map((match) => match[1])

// Follow static imports too (`import … from "./x.js"` / `import "./x.js"`), never dynamic import().
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
const seen = withStaticImports(referenced.map((src) => src.replace(/^\//, '')))

const rows = [...seen].map((file) => ({ file, kb: gzipKb(file) }))
for (const row of rows.sort((a, b) => b.kb - a.kb))
  console.log(`${row.kb.toFixed(2).padStart(8)} kB  ${row.file}`)
const totalKb = rows.reduce((sum, row) => sum + row.kb, 0)
console.log(`${totalKb.toFixed(2).padStart(8)} kB  total gzipped (budget ${budgetKb} kB)`)
// For information: the lazily loaded chunk of the home route (`/`) and what it imports on top.
const homeChunk = readdirSync(join(dist, 'assets')).find((name) => /^home-[\w-]+\.js$/.test(name))
if (homeChunk) {
  const extra = [...withStaticImports([`assets/${homeChunk}`])].filter((file) => !seen.has(file))
  const extraKb = extra.reduce((sum, file) => sum + gzipKb(file), 0)
  console.log(
    `(info) the home route adds ${extraKb.toFixed(2)} kB lazily: ${(totalKb + extraKb).toFixed(2)} kB for /`,
  )
}
if (totalKb > budgetKb) {
  console.error(`Over budget by ${(totalKb - budgetKb).toFixed(2)} kB`)
  process.exit(1)
}
