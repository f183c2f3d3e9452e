// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageCapture } from '../../extension/background/capture';
import content from '../../extension/entrypoints/content';

const seed = readFileSync(resolve(import.meta.dirname, '../../server/demo/pages/seed-letters-visits-en.html'), 'utf8');

describe('content script', () => {
  it('is registered at runtime only (injected on click, never on every page)', () => {
    expect(content.registration).toBe('runtime');
    expect(content.matches ?? []).toEqual([]);
  });

  it('returns the page URL, title and the extraction as plain data the background accepts', async () => {
    document.documentElement.innerHTML = new DOMParser().parseFromString(seed, 'text/html').documentElement.innerHTML;
    const result = await content.main({} as never);
    const parsed = PageCapture.parse(result);
    expect(parsed.url).toBe(location.href);
    expect(parsed.title).toBe(document.title);
    expect(parsed.draft.isMinutes).toBe(true);
    // Plain data: it survives structured cloning (executeScript's transport) unchanged.
    expect(structuredClone(result)).toEqual(result);
  });

  it('gives a reason instead of a record for a page that is not minutes', async () => {
    document.documentElement.innerHTML = '<head><title>Weather</title></head><body><p>Sunny, 25 degrees.</p></body>';
    const parsed = PageCapture.parse(await content.main({} as never));
    expect(parsed.draft.isMinutes).toBe(false);
    expect(parsed.draft.reason).toBeTruthy();
  });
});
