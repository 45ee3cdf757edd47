import type { HealthRepository } from './health.repository'

export type HealthService = ReturnType<typeof createHealthService>

export function createHealthService(health: HealthRepository) {
  return {
    async isDatabaseReachable(): Promise<boolean> {
      try {
        await health.ping()
        return true
      } catch {
        return false
      }
    },
  }
}
