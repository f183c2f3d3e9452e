/**
 * A motion told as a sentence keeps the sentence as printed (../shared/corpus/README.md, motions):
 * "Vice-Chairman Kennedy, seconded by Commissioner Pertalion, moved to approve …", "It was PROPOSED by
 * MR COWLING and SECONDED by MR BARKER and UNANIMOUSLY RESOLVED that …". A reading that starts at the
 * verb or at "RESOLVED" is taken back to where its sentence starts. A mover named under a label
 * ("Moved: A. Smith  Seconded: B. Jones  That …") is a block, whose resolution stands alone.
 */
import type { SegLine } from '../segment/segment';
import type { FoundDecision } from '../fields/decisions';
import { lineAt } from '../segment/line-at';

/** Who moved it, in the words before the reading. */
const MOVER_BEFORE = /\b(?:moved|proposed|seconded|motion\s+(?:was\s+)?(?:made|by))\b/i;
/** The most a sentence's opening (names and posts) may hold before its verb. */
const MOST = 160;

export function fromMotionSentence(decisions: FoundDecision[], lines: readonly SegLine[], lang: 'zh' | 'en'): FoundDecision[] {
  if (lang !== 'en') return decisions;
  return decisions.map((d) => {
    const l = lineAt(lines, d.start);
    if (!l) return d;
    const at = d.start - l.start;
    const lineFrom = l.num?.restAt ?? 0;
    if (at <= lineFrom) return d;
    const head = l.text.slice(lineFrom, at);
    // The sentence's start: after the last full stop (not an initial's or a title's) before the reading.
    const ends = [...head.matchAll(/(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Cllr|St|No))[.!?;]\s+(?=\S)/g)];
    const from = ends.length ? ends[ends.length - 1].index! + ends[ends.length - 1][0].length : 0;
    const before = head.slice(from);
    if (!before.trim() || before.length > MOST || !MOVER_BEFORE.test(before) || /[:：]/.test(before)) return d;
    const start = l.start + lineFrom + from + (before.length - before.trimStart().length);
    if (d.end > l.end) return d;
    return { ...d, text: l.text.slice(start - l.start, d.end - l.start), start };
  });
}
