// The ceiling for sign-in (S8): how many argon2id hashes per second this machine does, with the API's
// parameters, using every core. A login verifies one hash, so S8 cannot beat this rate.
import { availableParallelism } from 'node:os'
import { hash } from '@node-rs/argon2'

// OWASP's argon2id minimum and @node-rs/argon2's defaults (the API's); algorithm defaults to argon2id.
const PARAMS = { memoryCost: 19456, timeCost: 2, parallelism: 1 }

export interface HashRate {
  hashesPerSec: number
  hashes: number
  seconds: number
  workers: number
}

export async function measureHashRate(seconds: number): Promise<HashRate> {
  const workers = availableParallelism()
  const sample = await hash('warm-up', PARAMS)
  if (!sample.startsWith('$argon2id$v=19$m=19456,t=2,p=1$'))
    throw new Error(`unexpected hash format ${sample}`)
  const started = performance.now()
  const deadline = started + seconds * 1000
  let hashes = 0
  // One promise chain per core: the async API runs each hash on libuv's thread pool.
  const worker = async (id: number) => {
    while (performance.now() < deadline) {
      await hash(`password-${id}-${hashes}`, PARAMS)
      hashes += 1
    }
  }
  await Promise.all(Array.from({ length: workers }, (_, i) => worker(i)))
  const elapsed = (performance.now() - started) / 1000
  return {
    hashesPerSec: Math.round(hashes / elapsed),
    hashes,
    seconds: Math.round(elapsed * 100) / 100,
    workers,
  }
}
