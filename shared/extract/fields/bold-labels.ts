/**
 * A note page's label set in emphasis before its item ("**AI:** Michal to draft …", "**Action:** Bob
 * to …", "**Decision:** The editors will …", "__Outcome__: Approved"): read as the plain label it
 * renders to, so the item is read as any "Action: …" line is, its owner included. Without this the
 * label's closing marks stay in the item ("Action:** Bob to …") and its owner is not found.
 */
import type { Line } from '../linearize/lines';
import { segment, type Segmented } from '../segment/segment';
import { MD_BULLET, STRONG } from '../text/markup';

/** A bullet maybe, then "**Label:**" or "**Label**:", then the item. */
const BOLD_LABEL = new RegExp(`^((?:${MD_BULLET}\\s)?)(${STRONG})([A-Za-z](?:[A-Za-z ]{0,22}[A-Za-z])?)(?:[:：]\\2|\\2[:：])[ \\t]{1,4}(?=\\S)`);

/** The record with each body line's emphasised label read plain; the same record when there is none. */
export function plainLabels(seg: Segmented): Segmented {
  if (seg.lang !== 'en') return seg;
  let changed = false;
  const out: Line[] = seg.lines.map((l) => {
    const m = l.i >= seg.bodyStart && l.i < seg.tailStart ? BOLD_LABEL.exec(l.text) : null;
    if (!m) return { text: l.text, start: l.start, end: l.end, gapBefore: l.gapBefore };
    changed = true;
    return { text: `${m[1]}${m[3]}: ${l.text.slice(m[0].length)}`, start: l.start + m[1].length + m[2].length, end: l.end, gapBefore: l.gapBefore };
  });
  return changed ? segment({ text: seg.text, lines: out }) : seg;
}
