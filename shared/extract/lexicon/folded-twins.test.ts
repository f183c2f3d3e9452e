import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js';
import * as zh from './zh';

/**
 * The extension and the command match patterns on the page folded to Simplified script (opencc-js),
 * so a list that holds a Traditional word must hold its folded form too: "議決" alone never matches
 * a folded "议决".
 */
const fold = Converter({ from: 'tw', to: 'cn' });

function lists(name: string, v: unknown): [string, string[]][] {
  if (Array.isArray(v)) return v.every((x) => typeof x === 'string') ? [[name, v as string[]]] : [];
  if (v && typeof v === 'object' && !(v instanceof RegExp)) return Object.entries(v).flatMap(([k, x]) => lists(`${name}.${k}`, x));
  return [];
}

describe('the Chinese lexicon under folding', () => {
  const all = Object.entries(zh).flatMap(([k, v]) => lists(k, v));

  it('has word lists to check', () => {
    expect(all.length).toBeGreaterThan(50);
  });

  it('holds the folded form of every Traditional word beside it', () => {
    const missing = all.flatMap(([name, words]) => {
      const set = new Set(words);
      return words.filter((w) => fold(w) !== w && !set.has(fold(w))).map((w) => `${name}: ${w} → ${fold(w)}`);
    });
    expect(missing).toEqual([]);
  });
});
