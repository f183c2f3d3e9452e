/** A line cut at offsets into lines of its own, each trimmed, with its offset in the text kept. */
import type { Line } from '../linearize/lines';

export function cutLine(l: Line, at: readonly number[]): Line[] {
  const bounds = [0, ...at, l.text.length];
  const out: Line[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const raw = l.text.slice(bounds[k], bounds[k + 1]);
    const text = raw.trim();
    if (!text) continue;
    const start = l.start + bounds[k] + raw.indexOf(text);
    out.push({ text, start, end: start + text.length, gapBefore: k === 0 ? l.gapBefore : false });
  }
  return out;
}
