/**
 * A line of the list under an absence heading ("Apologies:" / "Cllrs Cotton and Ashton Derry"): the
 * readers of lists whose label was lost must not take it for those present.
 */
import type { Segmented, SegLine } from '../segment/segment';

/** True when the nearest label above the line, over a few lines of list, is an absence's. */
export function underAbsence(seg: Segmented, l: SegLine): boolean {
  for (let i = l.i - 1; i >= Math.max(0, l.i - 4); i--) {
    const n = seg.lines[i];
    if (n.kind === 'label') return n.label?.kind === 'absence';
    if (n.kind !== 'text' || n.num) return false;
  }
  return false;
}
