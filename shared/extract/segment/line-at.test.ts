import { describe, expect, it } from 'vitest';
import { lineAt, lineEndingFrom } from './line-at';

// Lines as a page gives them: each starts past the one before, with gaps for the line breaks, and an empty line.
const lines = [
  { i: 0, start: 0, end: 5 },
  { i: 1, start: 6, end: 6 },
  { i: 2, start: 7, end: 20 },
  { i: 3, start: 21, end: 30 },
];

describe('lineAt', () => {
  it('finds the same line as a scan from the top, for every offset', () => {
    for (let at = -2; at <= 32; at++) {
      const scan = lines.find((l) => l.start <= at && at < l.end);
      expect(lineAt(lines, at), `offset ${at}`).toBe(scan);
    }
  });

  it('finds nothing in an empty page', () => {
    expect(lineAt([], 3)).toBeUndefined();
  });
});

describe('lineEndingFrom', () => {
  it('finds the same index as a scan from the top, for every offset', () => {
    for (let at = -2; at <= 32; at++) expect(lineEndingFrom(lines, at), `offset ${at}`).toBe(lines.findIndex((l) => l.end >= at));
  });
});
