import { beforeEach, describe, expect, it } from 'vitest'
import { createDraftStore } from './draft-store'

const fields = { title: 'T', description: 'D', body: 'B', tagList: ['x'] }

describe('draft store', () => {
  beforeEach(() => window.localStorage.clear())

  it('keeps a draft per writer and article, with the time it was kept', () => {
    const store = createDraftStore(window.localStorage)
    store.set('alice', undefined, fields)
    store.set('alice', 'some-slug', { ...fields, body: 'other' })
    expect(store.get('alice', undefined)).toMatchObject(fields)
    expect(store.get('alice', 'some-slug')?.body).toBe('other')
    expect(store.get('bob', undefined)).toBeNull()
    expect(store.get('alice', undefined)?.savedAt).toBeTypeOf('number')
    store.clear('alice', undefined)
    expect(store.get('alice', undefined)).toBeNull()
    expect(store.get('alice', 'some-slug')).not.toBeNull()
  })

  it('ignores what it cannot read back', () => {
    const store = createDraftStore(window.localStorage)
    window.localStorage.setItem('conduit.editor.alice/new', '{not json')
    expect(store.get('alice', undefined)).toBeNull()
    window.localStorage.setItem('conduit.editor.alice/new', JSON.stringify({ title: 1 }))
    expect(store.get('alice', undefined)).toBeNull()
  })
})
