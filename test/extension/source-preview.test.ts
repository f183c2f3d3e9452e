import { describe, expect, it } from 'vitest';
import { pieces } from '../../extension/ui/SourcePreview';

describe('pieces', () => {
  it('cuts text around highlights, clamps them, and drops overlaps', () => {
    const text = 'abcdefghij';
    const out = pieces(text, [
      { key: 'b', label: 'B', start: 6, end: 8 },
      { key: 'a', label: 'A', start: 1, end: 4 },
      { key: 'overlap', label: 'X', start: 3, end: 5 },
      { key: 'far', label: 'F', start: 9, end: 50 },
      { key: 'empty', label: 'E', start: 5, end: 5 },
    ]);
    expect(out.map((p) => [p.text, p.mark?.key])).toEqual([
      ['a', undefined],
      ['bcd', 'a'],
      ['ef', undefined],
      ['gh', 'b'],
      ['i', undefined],
      ['j', 'far'],
    ]);
    expect(out.map((p) => p.text).join('')).toBe(text);
  });
});
