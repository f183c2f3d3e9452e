/**
 * From a field's span back to the page: the DOM range of the lines the span covers, so the UI can
 * highlight where a field came from. Line-level: whitespace was normalised, so offsets inside a
 * line do not map one-to-one onto the page's text nodes.
 */
import type { SourceSpan } from '../../schemas/minutes';
import type { LinearDom } from './linearize';

export function rangeOfSpan(doc: Document, lin: LinearDom, span: Pick<SourceSpan, 'start' | 'end'>): Range | null {
  let first = -1;
  let last = -1;
  lin.lines.forEach((l, i) => {
    if (l.end > span.start && l.start < span.end) {
      if (first < 0) first = i;
      last = i;
    }
  });
  if (first < 0) return null;
  const a = lin.sources[first]?.first;
  const b = lin.sources[last]?.last;
  if (!a || !b) return null;
  try {
    const range = doc.createRange();
    range.setStartBefore(a);
    range.setEndAfter(b);
    return range;
  } catch {
    return null;
  }
}
