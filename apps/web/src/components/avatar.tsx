import { useState } from 'react'

type AvatarProps = {
  username: string
  image?: string | null
  size?: 'small' | 'medium' | 'large'
  /** Beside a visible name the picture adds nothing for screen readers. */
  decorative?: boolean
}

// Dark enough for white initials to keep a 4.5:1 contrast.
const COLOURS = ['#1a7f37', '#0969da', '#8250df', '#bf3989', '#9a6700', '#cf222e', '#1b7c83', '#57606a']

export function Avatar({ username, image, size = 'small', decorative = true }: AvatarProps) {
  const [failedImage, setFailedImage] = useState<string | null>(null)
  const label = decorative ? '' : `${username}'s picture`
  const className = `avatar avatar-${size}`

  if (image && failedImage !== image) {
    return <img className={className} src={image} alt={label} onError={() => setFailedImage(image)} />
  }
  const colour = COLOURS[hash(username) % COLOURS.length] ?? COLOURS[0]
  return (
    <svg
      className={className}
      viewBox="0 0 40 40"
      role={decorative ? undefined : 'img'}
      aria-hidden={decorative ? true : undefined}
      aria-label={decorative ? undefined : label}
    >
      <circle cx="20" cy="20" r="20" fill={colour} />
      <text x="20" y="20" dy="0.35em" textAnchor="middle" fontSize="16" fontWeight="600" fill="#fff">
        {initials(username)}
      </text>
    </svg>
  )
}

export function initials(username: string): string {
  const parts = username.split(/[\s._-]+/).filter(Boolean)
  const letters = parts.length > 1 ? `${parts[0]?.[0] ?? ''}${parts[1]?.[0] ?? ''}` : username.slice(0, 2)
  return letters.toUpperCase() || '?'
}

function hash(value: string): number {
  let result = 0
  for (const char of value) result = (result * 31 + (char.codePointAt(0) ?? 0)) >>> 0
  return result
}
