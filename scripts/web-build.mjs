// Shared by start.mjs and start-cluster.mjs: rebuild the web app when its build is missing or older
// than its sources, and wait for a server to answer.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const web = join(root, 'apps/web')

/** Newest modification time under `path`, skipping node_modules and build output. */
function newestMtime(path) {
  if (!existsSync(path)) return 0
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  return readdirSync(path)
    .filter((name) => name !== 'node_modules' && name !== 'dist')
    .reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stats.mtimeMs)
}

function webBuildIsStale() {
  const builtIndex = join(web, 'dist/index.html')
  if (!existsSync(builtIndex)) return true
  const sources = [web, join(root, 'packages/api-contract')]
  return Math.max(...sources.map(newestMtime)) > statSync(builtIndex).mtimeMs
}

/** Builds apps/web unless PUBLISH_DIR names another folder or the build is up to date. */
export async function buildWebIfStale(log) {
  if (process.env.PUBLISH_DIR) {
    log(`serving ${process.env.PUBLISH_DIR} (PUBLISH_DIR); skipping the web build`)
    return
  }
  if (!webBuildIsStale()) return
  log('building the web app (apps/web/dist is missing or older than its sources)')
  await new Promise((resolveBuild, rejectBuild) => {
    spawn('npm', ['run', 'build', '-w', '@conduit/web'], { cwd: root, stdio: 'inherit' })
      .on('error', rejectBuild)
      .on('exit', (code) =>
        code === 0 ? resolveBuild() : rejectBuild(new Error(`web build failed (exit ${code})`)),
      )
  })
}

/** True once `url` answers below 500; false if `child` exits first or after 150 s. */
export async function waitUntilUp(url, child) {
  for (let attempt = 0; attempt < 600 && child.exitCode === null; attempt += 1) {
    const ok = await fetch(url).then(
      (response) => response.status < 500,
      () => false,
    )
    if (ok) return true
    await new Promise((wait) => setTimeout(wait, 250))
  }
  return false
}
