import type { SourceSpan } from '../../schemas/minutes';

const CONTEXT = 24;

/** A span into the document text with a little context, so a changed page can re-anchor it. */
export function spanOf(text: string, start: number, end: number): SourceSpan {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return {
    start: s,
    end: e,
    quote: text.slice(s, e),
    prefix: text.slice(Math.max(0, s - CONTEXT), s),
    suffix: text.slice(e, e + CONTEXT),
  };
}
