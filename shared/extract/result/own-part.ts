/**
 * The page as the verdict reads it: from its first line of its own, the site's chrome above cut
 * off. The verdict reads a page's top for its marks (a minutes title in the first lines, a
 * reporter's byline under the headline, an agenda's heading); a block of chrome there (a portal's
 * widgets, menus) would push those marks out of the lines read. Offsets are shifted with the cut:
 * the verdict returns no span.
 */
import type { Segmented } from '../segment/segment';

export function withoutTopChrome(seg: Segmented): Segmented {
  const k = seg.lines.findIndex((l) => l.kind !== 'chrome');
  if (k <= 0) return seg;
  const cut = seg.lines[k].start;
  return {
    ...seg,
    text: seg.text.slice(cut),
    lines: seg.lines.slice(k).map((l, i) => ({ ...l, i, start: l.start - cut, end: l.end - cut })),
    bodyStart: Math.max(0, seg.bodyStart - k),
    tailStart: Math.max(0, seg.tailStart - k),
  };
}
