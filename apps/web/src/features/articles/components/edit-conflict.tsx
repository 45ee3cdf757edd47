import type { ArticleDraft } from '../api/save-article'

type EditConflictProps = {
  mine: ArticleDraft
  theirs: ArticleDraft
  onKeepMine: () => void
  onTakeTheirs: () => void
  onCombine: () => void
}

/**
 * Shown when a save answered 412: someone (another tab, another device) saved first. Both versions stay on
 * screen, selectable, until the writer chooses; nothing is thrown away before that.
 */
export function EditConflict({ mine, theirs, onKeepMine, onTakeTheirs, onCombine }: EditConflictProps) {
  return (
    <section className="edit-conflict" role="alert" aria-labelledby="edit-conflict-heading">
      <h2 id="edit-conflict-heading">This article was saved elsewhere since you opened it</h2>
      <p>
        Compare the two versions. You can copy from the saved one into yours, then keep yours; take the saved
        one; or combine both bodies.
      </p>
      <div className="edit-conflict-versions">
        <Version label="Your version" draft={mine} />
        <Version label="Saved version" draft={theirs} />
      </div>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" className="button button-outline" onClick={onTakeTheirs}>
          Take the saved version
        </button>
        <button type="button" className="button button-outline" onClick={onCombine}>
          Combine both bodies
        </button>
      </div>
    </section>
  )
}

function Version({ label, draft }: { label: string; draft: ArticleDraft }) {
  const id = label.toLowerCase().replace(/\s+/g, '-')
  return (
    <div className="edit-conflict-version">
      <h3 id={id}>{label}</h3>
      <p>
        <strong>{draft.title}</strong> — {draft.description}
      </p>
      <textarea aria-labelledby={id} readOnly rows={8} value={draft.body} />
      {draft.tagList.length ? <p className="muted">Tags: {draft.tagList.join(', ')}</p> : null}
    </div>
  )
}
