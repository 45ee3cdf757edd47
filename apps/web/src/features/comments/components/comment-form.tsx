import { type FormEvent, useId, useState } from 'react'
import { Avatar } from '../../../components/avatar'
import { FormErrors } from '../../../components/form-errors'
import { useAddComment } from '../api/add-comment'

type CommentFormProps = { slug: string; username: string; image: string | null | undefined }

export function CommentForm({ slug, username, image }: CommentFormProps) {
  const id = useId()
  const [body, setBody] = useState('')
  const addComment = useAddComment(slug)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!body.trim()) return
    addComment.mutate(body, { onSuccess: () => setBody('') })
  }

  return (
    <form className="card comment-form" onSubmit={onSubmit}>
      <FormErrors error={addComment.error} fields={[]} />
      <label htmlFor={id} className="visually-hidden">
        Write a comment
      </label>
      <textarea
        id={id}
        rows={3}
        placeholder="Write a comment…"
        value={body}
        onChange={(event) => setBody(event.target.value)}
        disabled={addComment.isPending}
      />
      <div className="card-footer">
        <Avatar username={username} image={image} />
        <button
          type="submit"
          className="button button-primary button-small"
          disabled={addComment.isPending || !body.trim()}
        >
          {addComment.isPending ? 'Posting…' : 'Post comment'}
        </button>
      </div>
    </form>
  )
}
