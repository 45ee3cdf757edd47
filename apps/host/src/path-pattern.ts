// Netlify's path patterns: literal segments, `:name` for one segment and a trailing `*`
// for the rest of the path (captured as `splat`). Trailing slashes are not significant.

export type PathParams = Record<string, string>

function segmentsOf(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '')
}

export function matchPath(pattern: string, path: string): PathParams | null {
  const patternSegments = segmentsOf(pattern)
  const pathSegments = segmentsOf(path)
  const params: PathParams = {}
  for (const [index, part] of patternSegments.entries()) {
    const isLast = index === patternSegments.length - 1
    if (part === '*' && isLast) {
      params.splat = pathSegments.slice(index).join('/')
      return params
    }
    const segment = pathSegments[index]
    if (segment === undefined) return null
    if (part.startsWith(':')) params[part.slice(1)] = segment
    else if (part !== segment) return null
  }
  return pathSegments.length === patternSegments.length ? params : null
}

export function fillPath(target: string, params: PathParams): string {
  return target.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (whole: string, name: string) => params[name] ?? whole)
}
