import type { FastifyBaseLogger } from 'fastify'
import type { ModerationService } from './moderation.service'

/**
 * Ends timed suspensions by themselves: every `intervalMs`, the suspensions whose end has passed are ended
 * (each conditionally, so replicas sweeping at once do it once) and their authors' content comes back.
 * A sweep never overlaps the previous one; `stop` waits for the one running.
 */
export function startSuspensionSweep(
  moderation: ModerationService,
  intervalMs: number,
  log: FastifyBaseLogger,
) {
  let running: Promise<void> = Promise.resolve()
  let busy = false
  const timer = setInterval(() => {
    if (busy) return
    busy = true
    running = moderation
      .endExpiredSuspensions()
      .then((ended) => {
        if (ended > 0) log.info({ ended }, 'timed suspensions ended')
      })
      .catch((error: unknown) => log.warn({ err: error }, 'suspension sweep failed'))
      .finally(() => {
        busy = false
      })
  }, intervalMs)
  timer.unref()
  return {
    async stop() {
      clearInterval(timer)
      await running
    },
  }
}
