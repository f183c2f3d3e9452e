// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { fromResult } from '../../extension/background/capture';
import { PageRead } from '../../extension/messages';
import content from '../../extension/entrypoints/content';
import { Converter } from 'opencc-js';
import { extractFromDocument, readPage } from '../../shared/extract/index';
import { caseUrl, pageCases } from '../extract/pages';

// The folding the extract command uses (shared/cli/read.ts): the background's own must give the same draft.
const fold = Converter({ from: 'tw', to: 'cn' });

const seed = readFileSync(resolve(import.meta.dirname, '../../server/demo/pages/seed-letters-visits-en.html'), 'utf8');

/** A page as the background sees it after the content script ran: cloned across, then read. */
function throughTheSplit(html: string, url: string) {
  const dom = new JSDOM(html, { url });
  try {
    const sent = structuredClone({ url, title: dom.window.document.title, page: readPage(dom.window.document, url) });
    return fromResult(sent);
  } finally {
    dom.window.close();
  }
}

function direct(html: string, url: string) {
  const dom = new JSDOM(html, { url });
  try {
    return extractFromDocument(dom.window.document, url, { fold });
  } finally {
    dom.window.close();
  }
}

describe('content script', () => {
  it('is registered at runtime only (injected on click, never on every page)', () => {
    expect(content.registration).toBe('runtime');
    expect(content.matches ?? []).toEqual([]);
  });

  it('returns the page URL, title and its lines as plain data the background accepts', async () => {
    document.documentElement.innerHTML = new DOMParser().parseFromString(seed, 'text/html').documentElement.innerHTML;
    const result = await content.main({} as never);
    const parsed = PageRead.parse(result);
    expect(parsed.url).toBe(location.href);
    expect(parsed.title).toBe(document.title);
    expect(parsed.page.kind).toBe('lines');
    // Plain data: it survives structured cloning (executeScript's transport) unchanged.
    expect(structuredClone(result)).toEqual(result);
    // The background reads the fields from those lines: the same draft as the whole extractor.
    const row = fromResult(result);
    expect('draft' in row && row.draft).toEqual(extractFromDocument(document, location.href, { fold }));
    expect('draft' in row && row.draft?.isMinutes).toBe(true);
  });

  it('gives a reason instead of a record for a page that is not minutes', async () => {
    document.documentElement.innerHTML = '<head><title>Weather</title></head><body><p>Sunny, 25 degrees.</p></body>';
    const row = fromResult(await content.main({} as never));
    expect('draft' in row && row.draft?.isMinutes).toBe(false);
    expect('draft' in row && row.draft?.reason).toBeTruthy();
  });

  it('a page with no readable content gets the same verdict through the split as from the whole extractor', () => {
    const html = '<html><head><title>Empty</title></head><body></body></html>';
    const row = throughTheSplit(html, 'https://portal.example/empty.html');
    expect('draft' in row && row.draft).toEqual(direct(html, 'https://portal.example/empty.html'));
  });

  it('rejects lines that are not plain data of the right shape', () => {
    expect(fromResult({ url: 'u', title: 't', page: { kind: 'lines', text: 'x', lines: [{ text: 'x' }] } })).toEqual({ error: 'the page could not be read', errorCode: 'unreadable' });
    expect(fromResult({ url: 'u', title: 't', page: { kind: 'draft' } })).toEqual({ error: 'the page could not be read', errorCode: 'unreadable' });
  });

  const html = pageCases().filter((c) => c.html);
  const demo = ['seed-letters-visits-en.html', 'haidian-npc-chairmen-64.html', 'oa-reading-hospital-weekly.html', 'notice-holidays.html'];

  // Each of these reads every regression page twice: seconds on a quiet machine, more than the
  // default 30 s when the machine is busy, so they wait as long as the work takes.
  const WHOLE_SET_MS = 300_000;

  it('every regression page and demo page gives the same draft through the split path as extractFromDocument', { timeout: WHOLE_SET_MS }, () => {
    expect(html.length).toBeGreaterThan(10);
    const pages = [
      ...html.map((c) => ({ name: c.id, html: readFileSync(c.file, 'utf8'), url: caseUrl(c) })),
      ...demo.map((f) => ({ name: f, html: readFileSync(resolve(import.meta.dirname, '../../server/demo/pages', f), 'utf8'), url: `https://portal.example/${f}` })),
    ];
    let minutes = 0;
    for (const p of pages) {
      const row = throughTheSplit(p.html, p.url);
      expect('draft' in row, p.name).toBe(true);
      const draft = 'draft' in row ? row.draft : null;
      expect(draft, p.name).toEqual(direct(p.html, p.url));
      if (draft?.isMinutes) minutes++;
    }
    // Not a comparison of empty verdicts: most of these pages are minutes.
    expect(minutes).toBeGreaterThan(pages.length / 2);
  });

  it('the background folds Traditional script as the command does: the same draft as extractFromDocument with its folding', { timeout: WHOLE_SET_MS }, () => {
    // The Traditional-script regression cases are texts: each is laid into a page, a paragraph a line.
    const traditional = pageCases().filter((c) => !c.html && /^zh-(?:tw|hk)-|traditional/.test(c.id));
    expect(traditional.length).toBeGreaterThan(3);
    let folded = 0;
    for (const c of traditional) {
      const dom = new JSDOM('<!doctype html><title>OA</title><body></body>');
      for (const line of readFileSync(c.file, 'utf8').split('\n')) {
        const p = dom.window.document.createElement('p');
        p.textContent = line;
        dom.window.document.body.append(p);
      }
      const html = dom.serialize();
      dom.window.close();
      const url = 'https://portal.example/doc/page.html';
      const row = throughTheSplit(html, url);
      const withFold = direct(html, url);
      expect('draft' in row && row.draft, c.id).toEqual(withFold);
      const plain = new JSDOM(html, { url });
      if (JSON.stringify(extractFromDocument(plain.window.document, url)) !== JSON.stringify(withFold)) folded++;
      plain.window.close();
    }
    // The folding changed what was read on some of them, so the comparison says something.
    expect(folded).toBeGreaterThan(0);
  });
});
