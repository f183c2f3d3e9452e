// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { PROFILES } from '../../shared/extract/profiles/index';
import { SiteProfile } from '../../shared/extract/profiles/schema';
import { globMatch, urlMatches } from '../../shared/extract/profiles/patterns';
import { locate } from '../../shared/extract/locate/locate';
import { extractFromDocument } from '../../shared/extract/index';
import { caseUrl, extractCase, pageCases, type PageCase } from './pages';
import { caseScore, scoreCase } from './scorer';

const root = join(import.meta.dirname, '..', '..');
const cases = new Map(pageCases().map((c) => [c.id, c]));

function fixture(p: SiteProfile): PageCase {
  const c = cases.get(p.fixture.replace(/^test\/pages\//, ''));
  if (!c) throw new Error(`${p.id}: no fixture at ${p.fixture}`);
  return c;
}

function located(c: PageCase, url: string, profilePatterns?: Record<string, string[]>) {
  const dom = new JSDOM(readFileSync(c.file, 'utf8'), { url });
  try {
    return locate(dom.window.document, url, { profilePatterns });
  } finally {
    dom.window.close();
  }
}

function score(c: PageCase, got: unknown): number {
  return caseScore(scoreCase(c.expected, got as Record<string, unknown>));
}

describe('site profiles (declarative data)', () => {
  it('has unique ids, and an OA reading-page profile', () => {
    const ids = PROFILES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['zfxxgk', 'trs', 'vsb', 'wordpress', 'drupal', 'oa-reading']));
  });
  for (const p of PROFILES) {
    describe(p.id, () => {
      it('validates against the profile schema, with selectors a DOM accepts', () => {
        const parsed = SiteProfile.safeParse(p);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        const doc = new JSDOM('<p>x</p>').window.document;
        for (const sel of Object.values(p.selectors)) expect(() => doc.querySelectorAll(sel!)).not.toThrow();
      });
      it('has a saved fixture page that says how it was made', () => {
        expect(existsSync(join(root, p.fixture, 'source.html'))).toBe(true);
        const c = fixture(p);
        expect(String(c.expected._source)).toMatch(/^built: |^https?:\/\//);
        expect(c.expected._url, 'the address the page is read at').toBeTypeOf('string');
      });
      it('matches its fixture page, and the extraction scores at least 0.9', () => {
        const c = fixture(p);
        expect(located(c, caseUrl(c)).profile).toBe(p.id);
        if (p.urlPatterns.length) expect(urlMatches(p.urlPatterns, caseUrl(c))).toBe(true);
        const got = extractCase(c);
        expect(got.isMinutes).toBe(c.expected.isMinutes);
        expect(score(c, got)).toBeGreaterThanOrEqual(0.9);
      });
    });
  }
});

describe('URL patterns', () => {
  it('globs match the whole URL, case-insensitively, with * and ?', () => {
    expect(urlMatches(['*/zfxxgk/*'], 'https://www.example.gov.cn/ZFXXGK/a.html')).toBe(true);
    expect(urlMatches(['*/zfxxgk/*'], 'https://www.example.gov.cn/news/zfxxgk.html')).toBe(false);
    expect(urlMatches(['http://10.1.2.3/oa/*'], 'http://10.1.2.3/oa/doc/view.jsp?id=1')).toBe(true);
    expect(urlMatches(['http://10.1.2.3/oa/*'], 'http://10.1.2.30/oa/doc/view.jsp?id=1')).toBe(false);
    expect(globMatch('a?c', 'abc')).toBe(true);
    expect(globMatch('a?c', 'ac')).toBe(false);
  });
  it('a /regex/flags string is a regular expression; an invalid one is ignored, never thrown', () => {
    expect(urlMatches(['/^https?:\\/\\/oa\\.example\\.gov\\.cn\\//i'], 'HTTPS://OA.example.gov.cn/x')).toBe(true);
    expect(urlMatches(['/([/'], 'https://oa.example.gov.cn/x')).toBe(false);
    expect(SiteProfile.safeParse({ ...PROFILES[0], urlPatterns: ['/([/'] }).success).toBe(false);
  });
  it('a glob of many stars against a long URL stays a linear-by-pattern walk (answers, no blow-up)', () => {
    const glob = '*a*'.repeat(30) + 'b';
    expect(globMatch(glob, 'a'.repeat(4000))).toBe(false);
  });
});

describe('an intranet OA host is read with a profile only when an admin names it', () => {
  const oa = PROFILES.find((p) => p.id === 'oa-reading')!;
  const c = fixture(oa);
  for (const [url, pattern] of [
    ['http://10.1.2.3/gw/doc/view.jsp?id=5', 'http://10.1.2.3/gw/*'],
    ['https://oa.example.gov.cn/document/show?id=9', '/^https:\\/\\/oa\\.example\\.gov\\.cn\\//'],
  ] as const) {
    it(url, () => {
      expect(located(c, url).profile).not.toBe('oa-reading');
      expect(located(c, url, { 'oa-reading': ['http://elsewhere.example/*'] }).profile).not.toBe('oa-reading');
      expect(located(c, url, { 'oa-reading': [pattern] }).profile).toBe('oa-reading');
      const without = extractCase(c, {}, url);
      const withPattern = extractCase(c, { profilePatterns: { 'oa-reading': [pattern] } }, url);
      // The approval trail beside the body is longer than it: without the profile it leaks in.
      expect(without.text).toContain('已阅，同意会议意见');
      expect(withPattern.text).not.toContain('已阅，同意会议意见');
      expect(score(c, withPattern)).toBeGreaterThanOrEqual(0.9);
    });
  }
  it('ignores malformed admin settings', () => {
    const dom = new JSDOM(readFileSync(c.file, 'utf8'), { url: 'http://10.1.2.3/gw/x' });
    const bad = { 'oa-reading': 'http://10.1.2.3/*' as unknown as string[], nope: [42 as unknown as string] };
    expect(extractFromDocument(dom.window.document, 'http://10.1.2.3/gw/x', { profilePatterns: bad }).isMinutes).toBe(true);
  });
});
