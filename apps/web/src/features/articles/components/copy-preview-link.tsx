import { useState } from 'react'
import { paths } from '../../../config/paths'

/** The link that opens a draft to whoever holds it; shown only to its author. */
export function CopyPreviewLink({ slug, previewToken }: { slug: string; previewToken: string }) {
  const [status, setStatus] = useState('')
  const url = `${window.location.origin}${paths.articlePreview(slug, previewToken)}`

  async function copy() {
    try {
      await navigator.clipboard.writeText(url)
      setStatus('Preview link copied.')
    } catch {
      // The clipboard may be refused; the link is still there to select by hand.
      setStatus('Copy the link from the box.')
    }
  }

  return (
    <div className="preview-link">
      <label className="muted" htmlFor={`preview-link-${slug}`}>
        Anyone with this link can read the draft:
      </label>
      <input id={`preview-link-${slug}`} readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" className="button button-outline button-small" onClick={() => void copy()}>
        Copy preview link
      </button>
      <span role="status">{status}</span>
    </div>
  )
}
