import { type KeyboardEvent, useId, useState } from 'react'

type TagInputProps = { tags: string[]; onChange: (tags: string[]) => void; errors?: string[] | undefined }

/** Enter (or a comma) adds the typed tag; each tag has its own remove button. */
export function TagInput({ tags, onChange, errors }: TagInputProps) {
  const id = useId()
  const [draft, setDraft] = useState('')

  function add() {
    const tag = draft.trim().replace(/,+$/, '')
    setDraft('')
    if (tag && !tags.includes(tag)) onChange([...tags, tag])
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault()
      add()
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      onChange(tags.slice(0, -1))
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>Tags</label>
      <input
        id={id}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={add}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
      />
      <p className="field-hint" id={`${id}-hint`}>
        Press Enter to add a tag.
      </p>
      {tags.length ? (
        <ul className="tag-list tag-list-editable" aria-label="Added tags">
          {tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
              <button
                type="button"
                className="tag-remove"
                aria-label={`Remove tag ${tag}`}
                onClick={() => onChange(tags.filter((t) => t !== tag))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {errors?.length ? (
        <ul className="field-errors">
          {errors.map((message) => (
            <li key={message}>tags {message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
