import { describe, expect, it } from 'vitest';
import { foldOf, fromSharedCorpus, sourceOf } from './folds';

const c = (id: string, source?: string, _source?: string) => ({ id, meta: source ? { source } : null, expected: _source ? { _source } : {} });

describe('sourceOf', () => {
  it('names a page by its host and a repository file by its owner/name', () => {
    expect(sourceOf(c('a', 'https://www.example.gov/x/1.html'))).toBe('example.gov');
    expect(sourceOf(c('b', 'someone/minutes-site/docs/2019/a.md@abc'))).toBe('someone/minutes-site');
    expect(sourceOf(c('c', undefined, "GitHub someone/minutes-site 'docs/b.md' (commit 1)"))).toBe('someone/minutes-site');
  });

  it('names a page built from a shared-corpus document by that document', () => {
    const a = c('a', undefined, 'built: the real text of shared/corpus/en-x-2014.txt in a built page; original: https://x.example/1');
    expect(sourceOf(a)).toBe('corpus:en-x-2014');
    expect(fromSharedCorpus(a)).toBe(true);
    expect(fromSharedCorpus(c('b', 'https://x.example/1'))).toBe(false);
  });

  it('keeps a case with no source apart, and two pages of one source in one fold', () => {
    expect(sourceOf(c('built-case', undefined, 'built: a synthetic page'))).toBe('built-case');
    expect(foldOf(c('x', 'https://a.example/1'), 5)).toBe(foldOf(c('y', 'https://a.example/2'), 5));
  });
});
