// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeMinutes } from '../../extension/detect/minutes-marker';
import detect from '../../extension/entrypoints/detect.content';

const page = (name: string) =>
  new DOMParser().parseFromString(readFileSync(resolve(import.meta.dirname, '../../server/demo/pages', name), 'utf8'), 'text/html');
const html = (s: string) => new DOMParser().parseFromString(s, 'text/html');

describe('minutes page detection', () => {
  it('notices the demo minutes pages in Chinese and English', () => {
    expect(looksLikeMinutes(page('haidian-npc-chairmen-64.html'))).toBe(true);
    expect(looksLikeMinutes(page('seed-letters-visits-en.html'))).toBe(true);
  });

  it('leaves a notice, an ordinary page and a list of minutes alone', () => {
    expect(looksLikeMinutes(page('notice-holidays.html'))).toBe(false);
    expect(looksLikeMinutes(html('<title>Weather</title><p>Sunny. The meeting lasted 30 minutes.</p>'))).toBe(false);
    const list = Array.from({ length: 8 }, (_, i) => `<li><a href="/m${i}">第${i}次主任会议纪要</a></li>`).join('');
    expect(looksLikeMinutes(html(`<title>会议纪要</title><h1>会议纪要</h1><ul>${list}</ul>`))).toBe(false);
  });

  it('finds the marker in the body when the title does not have it', () => {
    expect(looksLikeMinutes(html('<title>政务公开</title><div>区政府常务会议纪要（第12期）</div>'))).toBe(true);
  });

  it('is a runtime-registered script (the background registers it for granted portals only)', () => {
    expect(detect.registration).toBe('runtime');
    expect(detect.matches ?? []).toEqual([]);
  });
});
