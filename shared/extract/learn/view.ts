import type { SegLine } from '../segment/segment';
import type { LineView } from './features';

/** What the line model reads of a segmented line. */
export function viewOf(l: SegLine): LineView {
  return { text: l.text, kind: l.kind, labelKind: l.label?.kind ?? null, numStyle: l.num?.style ?? null, gapBefore: l.gapBefore };
}
