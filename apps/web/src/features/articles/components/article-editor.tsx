import { type FormEvent, lazy, Suspense, useState } from 'react'
import { FormErrors, fieldErrorsOf } from '../../../components/form-errors'
import { FormField } from '../../../components/form-field'
import { LoadingState } from '../../../components/status'
import type { ArticleDraft } from '../api/save-article'
import { useSaveArticle } from '../api/save-article'
import { TagInput } from './tag-input'

const Markdown = lazy(() => import('../../../components/markdown').then((m) => ({ default: m.Markdown })))

const FIELDS = ['title', 'description', 'body', 'tagList'] as const

type ArticleEditorProps = {
  slug?: string
  initial?: ArticleDraft
  onSaved: (slug: string) => void
}

export function ArticleEditor({ slug, initial, onSaved }: ArticleEditorProps) {
  const [draft, setDraft] = useState<ArticleDraft>(
    initial ?? { title: '', description: '', body: '', tagList: [] },
  )
  const [tab, setTab] = useState<'write' | 'preview'>('write')
  const save = useSaveArticle(slug)
  const errors = fieldErrorsOf(save.error)

  function update<K extends keyof ArticleDraft>(key: K, value: ArticleDraft[K]) {
    setDraft((current) => ({ ...current, [key]: value }))
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    save.mutate(draft, { onSuccess: (article) => onSaved(article.slug) })
  }

  return (
    <form className="form editor" onSubmit={onSubmit} noValidate>
      <FormErrors error={save.error} fields={FIELDS} />
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
            {save.isPending ? 'Publishing…' : slug ? 'Update article' : 'Publish article'}
          </button>
        </div>
      </fieldset>
    </form>
  )
}
