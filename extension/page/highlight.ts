import { findQuote } from './find-quote';

/** Name of the highlight in the page's CSS highlight registry. */
export const HIGHLIGHT_NAME = 'circulate-source';
const STYLE_ID = 'circulate-source-style';
const OVERLAY_ATTR = 'data-circulate-overlay';

type HighlightCtor = new (...ranges: Range[]) => unknown;
interface HighlightRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}

function registry(win: Window): { reg: HighlightRegistry; Highlight: HighlightCtor } | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor };
  return w.CSS?.highlights && w.Highlight ? { reg: w.CSS.highlights, Highlight: w.Highlight } : null;
}

/**
 * Marks where a field came from on the page and scrolls it into view: with the CSS Custom Highlight
 * API where the browser has it (the page's DOM is left untouched), else with boxes laid over the
 * text. Returns whether the quote was found.
 */
export function highlightQuote(doc: Document, quote: string, prefix = '', suffix = ''): boolean {
  clearHighlight(doc);
  const range = doc.body ? findQuote(doc.body, quote, prefix, suffix) : null;
  if (!range) return false;
  const win = doc.defaultView!;
  const api = registry(win);
  if (api) {
    ensureStyle(doc);
    api.reg.set(HIGHLIGHT_NAME, new api.Highlight(range));
  } else {
    overlay(doc, range);
  }
  const el = range.startContainer.parentElement;
  el?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  return true;
}

export function clearHighlight(doc: Document): void {
  const win = doc.defaultView;
  if (win) registry(win)?.reg.delete(HIGHLIGHT_NAME);
  doc.querySelectorAll(`[${OVERLAY_ATTR}]`).forEach((n) => n.remove());
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd43b; color: #1f2328; }`;
  (doc.head ?? doc.documentElement).append(style);
}

/** Boxes over the range's lines, positioned in document coordinates; they ignore the pointer. */
function overlay(doc: Document, range: Range): void {
  const win = doc.defaultView!;
  const rects = typeof range.getClientRects === 'function' ? Array.from(range.getClientRects()) : [];
  for (const r of rects) {
    const box = doc.createElement('div');
    box.setAttribute(OVERLAY_ATTR, '');
    Object.assign(box.style, {
      position: 'absolute',
      left: `${r.left + win.scrollX}px`,
      top: `${r.top + win.scrollY}px`,
      width: `${r.width}px`,
      height: `${r.height}px`,
      background: 'rgba(255, 212, 59, 0.45)',
      outline: '1px solid #d4a72c',
      pointerEvents: 'none',
      zIndex: '2147483647',
    });
    doc.body.append(box);
  }
}
