import { type FormEvent, lazy, Suspense, useEffect, useState } from 'react'
import { FormErrors, fieldErrorsOf } from '../../../components/form-errors'
import { FormField } from '../../../components/form-field'
import { LoadingState } from '../../../components/status'
import { isApiError } from '../../../lib/api-error'
import { draftStore, type StoredDraft } from '../../../lib/draft-store'
import { fetchArticleForEdit } from '../api/get-article-for-edit'
import type { ArticleDraft } from '../api/save-article'
import { useSaveArticle } from '../api/save-article'
import { CopyPreviewLink } from './copy-preview-link'
import { EditConflict } from './edit-conflict'
import { TagInput } from './tag-input'

const Markdown = lazy(() => import('../../../components/markdown').then((m) => ({ default: m.Markdown })))

const FIELDS = ['title', 'description', 'body', 'tagList'] as const

const EMPTY: ArticleDraft = { title: '', description: '', body: '', tagList: [] }

type ArticleEditorProps = {
  /** Whose unsaved text this is: kept per writer in the draft store. */
  username: string
  /** The article being edited; none for a new one. */
  existing?: {
    slug: string
    fields: ArticleDraft
    etag: string | null
    published: boolean
    previewToken?: string
  }
  onPublished: (slug: string) => void
  onDraftSaved: (slug: string) => void
}

const sameFields = (a: ArticleDraft, b: ArticleDraft) =>
  a.title === b.title &&
  a.description === b.description &&
  a.body === b.body &&
  a.tagList.join('\n') === b.tagList.join('\n')

const fieldsOf = (source: ArticleDraft): ArticleDraft => ({
  title: source.title,
  description: source.description,
  body: source.body,
  tagList: source.tagList,
})

/**
 * Writes, saves as a draft, publishes. Every change is kept in the draft store until it is saved, and the
 * save sends the ETag it started from, so a save elsewhere in between becomes a conflict to resolve.
 */
export function ArticleEditor({ username, existing, onPublished, onDraftSaved }: ArticleEditorProps) {
  const slug = existing?.slug
  const [saved, setSaved] = useState<ArticleDraft>(existing?.fields ?? EMPTY)
  const [draft, setDraft] = useState<ArticleDraft>(saved)
  const [etag, setEtag] = useState(existing?.etag ?? null)
  const [isPublished, setIsPublished] = useState(existing?.published ?? false)
  const [kept] = useState<StoredDraft | null>(() => {
    const stored = draftStore.get(username, slug)
    return stored && !sameFields(fieldsOf(stored), saved) ? stored : null
  })
  const [offerRestore, setOfferRestore] = useState(kept !== null)
  const [conflict, setConflict] = useState<{ fields: ArticleDraft; etag: string | null } | null>(null)
  const [status, setStatus] = useState('')
  const [tab, setTab] = useState<'write' | 'preview'>('write')
  const save = useSaveArticle(slug)
  const errors = fieldErrorsOf(save.error)

  useEffect(() => {
    // While a restore is on offer, the kept copy must not be overwritten by the text it would replace.
    if (offerRestore) return
    if (sameFields(draft, saved)) draftStore.clear(username, slug)
    else draftStore.set(username, slug, draft)
  }, [draft, saved, username, slug, offerRestore])

  function update<K extends keyof ArticleDraft>(key: K, value: ArticleDraft[K]) {
    setDraft((current) => ({ ...current, [key]: value }))
    setStatus('')
  }

  async function showConflict() {
    if (!slug) return
    const current = await fetchArticleForEdit(slug)
    setConflict({ fields: fieldsOf(current.article), etag: current.etag })
  }

  function submit(publish: boolean) {
    save.mutate(
      { fields: draft, published: publish, etag },
      {
        onSuccess: ({ article, etag: next }) => {
          draftStore.clear(username, slug)
          setSaved(draft)
          setEtag(next)
          setIsPublished(article.published)
          if (article.published) onPublished(article.slug)
          else {
            setStatus('Draft saved.')
            if (article.slug !== slug) onDraftSaved(article.slug)
          }
        },
        onError: (error) => {
          if (isApiError(error, 412)) void showConflict()
        },
      },
    )
  }

  function resolve(fields: ArticleDraft) {
    if (!conflict) return
    setEtag(conflict.etag)
    setDraft(fields)
    setConflict(null)
    save.reset()
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    submit(true)
  }

  return (
    <form className="form editor" onSubmit={onSubmit} noValidate>
      {offerRestore && kept ? (
        <div className="restore-offer" role="alert">
          <p>You have unsaved changes from {new Date(kept.savedAt).toLocaleString()}. Restore them?</p>
          <button
            type="button"
            className="button button-primary button-small"
            onClick={() => {
              setDraft(fieldsOf(kept))
              setOfferRestore(false)
            }}
          >
            Restore unsaved changes
          </button>
          <button
            type="button"
            className="button button-outline button-small"
            onClick={() => setOfferRestore(false)}
          >
            Discard them
          </button>
        </div>
      ) : null}
      {conflict ? (
        <EditConflict
          mine={draft}
          theirs={conflict.fields}
          onKeepMine={() => resolve(draft)}
          onTakeTheirs={() => resolve(conflict.fields)}
          onCombine={() => resolve({ ...draft, body: `${draft.body}\n\n---\n\n${conflict.fields.body}` })}
        />
      ) : null}
      <FormErrors error={isApiError(save.error, 412) ? null : save.error} fields={FIELDS} />
      <fieldset disabled={save.isPending}>
        <FormField label="Title" name="title" errors={errors.title}>
          {(props) => (
            <input
              {...props}
              className="input-large"
              value={draft.title}
              onChange={(e) => update('title', e.target.value)}
              required
            />
          )}
        </FormField>
        <FormField label="What's this article about?" name="description" errors={errors.description}>
          {(props) => (
            <input
              {...props}
              value={draft.description}
              onChange={(e) => update('description', e.target.value)}
              required
            />
          )}
        </FormField>

        <div className="field">
          <div className="editor-tabs" role="tablist" aria-label="Article body">
            <button
              type="button"
              role="tab"
              id="tab-write"
              aria-controls="panel-write"
              aria-selected={tab === 'write'}
              onClick={() => setTab('write')}
            >
              Write
            </button>
            <button
              type="button"
              role="tab"
              id="tab-preview"
              aria-controls="panel-preview"
              aria-selected={tab === 'preview'}
              onClick={() => setTab('preview')}
            >
              Preview
            </button>
          </div>
          <div role="tabpanel" id="panel-write" aria-labelledby="tab-write" hidden={tab !== 'write'}>
            <FormField label="Body (markdown)" name="body" errors={errors.body}>
              {(props) => (
                <textarea
                  {...props}
                  rows={14}
                  value={draft.body}
                  onChange={(e) => update('body', e.target.value)}
                  required
                />
              )}
            </FormField>
          </div>
          <div
            role="tabpanel"
            id="panel-preview"
            aria-labelledby="tab-preview"
            hidden={tab !== 'preview'}
            className="preview"
          >
            {tab === 'preview' ? (
              draft.body.trim() ? (
                <Suspense fallback={<LoadingState label="Preparing preview…" />}>
                  <Markdown source={draft.body} />
                </Suspense>
              ) : (
                <p className="muted">Nothing to preview yet.</p>
              )
            ) : null}
          </div>
        </div>

        <TagInput tags={draft.tagList} onChange={(tags) => update('tagList', tags)} errors={errors.tagList} />

        <div className="form-actions">
          <button type="submit" className="button button-primary button-large">
            {isPublished ? 'Update article' : 'Publish article'}
          </button>
          <button type="button" className="button button-outline button-large" onClick={() => submit(false)}>
            {isPublished ? 'Unpublish' : 'Save draft'}
          </button>
          <span role="status">{save.isPending ? 'Saving…' : status}</span>
        </div>
        {!isPublished && slug && existing?.previewToken ? (
          <CopyPreviewLink slug={slug} previewToken={existing.previewToken} />
        ) : null}
      </fieldset>
    </form>
  )
}
