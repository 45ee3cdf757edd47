import { type HostConfig, loadConfig } from './config'
import { buildHost } from './host'
import { loadNetlifyRules } from './netlify-rules'

function configOrExit(): HostConfig {
  try {
    return loadConfig()
  } catch (error) {
    // A configuration mistake is the operator's to fix: one line that says what, not a stack.
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  }
}

const config = configOrExit()
const rules = loadNetlifyRules(config.netlifyToml)
const app = await buildHost({
  rules,
  publishDir: config.publishDir,
  apiOrigin: config.apiOrigin,
  logLevel: config.logLevel,
})

let closing = false
async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (closing) return
  closing = true
  app.log.info({ signal }, 'closing')
  const timer = setTimeout(() => process.exit(1), 10_000)
  timer.unref()
  await app.close()
  process.exit(0)
}
// `on`, not `once`: a signal repeated while closing (npm and tsx both relay them) must not kill us mid-close.
process.on('SIGTERM', (signal) => void shutdown(signal))
process.on('SIGINT', (signal) => void shutdown(signal))

await app.listen({ host: config.host, port: config.port })
app.log.info({ publishDir: config.publishDir ?? rules.publishDir, apiOrigin: config.apiOrigin }, 'host ready')
