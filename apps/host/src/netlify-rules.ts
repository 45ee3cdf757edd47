import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parse } from 'smol-toml'
import { matchPath } from './path-pattern'

// The subset of netlify.toml that the host applies: [build].publish, [[redirects]], [[headers]].

export interface RedirectRule {
  from: string
  to: string
  status: number
  force: boolean
}

export interface HeaderRule {
  for: string
  values: Record<string, string>
}

export interface NetlifyRules {
  /** Absolute path of the publish directory (relative paths resolve against the toml's folder). */
  publishDir: string
  redirects: RedirectRule[]
  headers: HeaderRule[]
}

type Table = Record<string, unknown>

function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function tablesAt(root: Table, key: string): Table[] {
  const value = root[key]
  if (value === undefined) return []
  if (!Array.isArray(value) || !value.every(isTable))
    throw new Error(`netlify.toml: [[${key}]] must be an array of tables`)
  return value
}

function stringAt(table: Table, key: string, where: string): string {
  const value = table[key]
  if (typeof value !== 'string' || value === '')
    throw new Error(`netlify.toml: ${where}.${key} must be a non-empty string`)
  return value
}

function toRedirect(table: Table, index: number): RedirectRule {
  const where = `redirects[${index}]`
  const status = table.status ?? 301
  const force = table.force ?? false
  if (typeof status !== 'number' || !Number.isInteger(status))
    throw new Error(`netlify.toml: ${where}.status must be an integer`)
  if (typeof force !== 'boolean') throw new Error(`netlify.toml: ${where}.force must be a boolean`)
  return { from: stringAt(table, 'from', where), to: stringAt(table, 'to', where), status, force }
}

function toHeaderRule(table: Table, index: number): HeaderRule {
  const where = `headers[${index}]`
  const values = table.values
  if (!isTable(values)) throw new Error(`netlify.toml: ${where}.values must be a table`)
  const entries = Object.entries(values).map(([name, value]) => {
    if (typeof value !== 'string') throw new Error(`netlify.toml: ${where}.values.${name} must be a string`)
    return [name, value] as const
  })
  return { for: stringAt(table, 'for', where), values: Object.fromEntries(entries) }
}

export function parseNetlifyToml(text: string, baseDir: string): NetlifyRules {
  const root: Table = parse(text)
  const build = root.build
  if (!isTable(build)) throw new Error('netlify.toml: [build] is missing')
  return {
    publishDir: resolve(baseDir, stringAt(build, 'publish', 'build')),
    redirects: tablesAt(root, 'redirects').map(toRedirect),
    headers: tablesAt(root, 'headers').map(toHeaderRule),
  }
}

export function loadNetlifyRules(tomlPath: string): NetlifyRules {
  return parseNetlifyToml(readFileSync(tomlPath, 'utf8'), dirname(resolve(tomlPath)))
}

export function isProxyRule(rule: RedirectRule): boolean {
  return /^https?:\/\//.test(rule.to)
}

/** Headers of every rule matching `path`, in file order; a later rule overrides an earlier one. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const rule of rules) {
    if (matchPath(rule.for, path)) Object.assign(result, rule.values)
  }
  return result
}
