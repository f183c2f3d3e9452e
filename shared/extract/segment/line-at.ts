/**
 * The line holding an offset, found by halving: a reader asks this once per decision, and on a long
 * page (thousands of decisions over tens of thousands of lines) a scan from the top each time made
 * the whole reading grow with the square of the page.
 */

type Span = { start: number; end: number };

/** The index of the first line whose `key` is at least `at` (lines in page order), or `lines.length`. */
function firstAtLeast(lines: readonly Span[], at: number, key: 'start' | 'end'): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lines[mid][key] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The line with `start <= at < end`, or undefined. */
export function lineAt<L extends Span>(lines: readonly L[], at: number): L | undefined {
  // The last line starting at or before `at`: lines do not overlap, so no earlier one can hold it.
  const l = lines[firstAtLeast(lines, at + 1, 'start') - 1];
  return l && l.start <= at && at < l.end ? l : undefined;
}

/** The index of the first line ending at or after `at`, or -1. */
export function lineEndingFrom(lines: readonly Span[], at: number): number {
  const k = firstAtLeast(lines, at, 'end');
  return k < lines.length ? k : -1;
}
