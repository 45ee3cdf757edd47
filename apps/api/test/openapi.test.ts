import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { buildTestApp, type TestApp } from './build-test-app'

type Document = { paths: Record<string, Record<string, { responses?: Record<string, unknown> }>> }

const read = (relative: string) => readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8')
// A copy of the RealWorld contract (MIT, see realworld/LICENSE), so the check runs from this repository alone.
const realworld = parse(read('./realworld/openapi.yml')) as Document

let app: TestApp
let ours: Document
beforeAll(async () => {
  app = await buildTestApp()
  ours = (await app.inject({ url: '/api/openapi.json' })).json()
})
afterAll(() => app.close())

const operations = (document: Document) =>
  Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      path,
      method,
      statuses: Object.keys(operation.responses ?? {}),
    })),
  )

describe('OpenAPI document', () => {
  it('covers every path, method and status of the RealWorld spec', () => {
    const missing: string[] = []
    for (const { path, method, statuses } of operations(realworld)) {
      const operation = ours.paths[`/api${path}`]?.[method]
      if (!operation) {
        missing.push(`${method.toUpperCase()} /api${path}`)
        continue
      }
      for (const status of statuses) {
        if (!operation.responses?.[status]) missing.push(`${method.toUpperCase()} /api${path} ${status}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('names every operation and documents its errors', () => {
    for (const { path, method } of operations(ours)) {
      const operation = ours.paths[path]?.[method] as { operationId?: string; tags?: string[] }
      expect(operation.operationId, `${method} ${path}`).toBeTruthy()
      expect(operation.tags?.length, `${method} ${path}`).toBeGreaterThan(0)
    }
  })

  it('matches the committed contract the web client is typed from (run `npm run contract` after API changes)', async () => {
    const committed = JSON.parse(read('../../../packages/api-contract/openapi.json'))
    expect(ours).toEqual(committed)
    const types = astToString(await openapiTS(committed))
    expect(read('../../../packages/api-contract/schema.d.ts')).toBe(types)
  })

  it('serves interactive docs at /api/docs', async () => {
    const response = await app.inject({ url: '/api/docs/' })
    expect(response.statusCode).toBe(200)
    expect(response.body).toContain('swagger')
  })
})
