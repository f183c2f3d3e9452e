/**
 * An outcome read from the middle of a numbered item ("4. Minutes of the meeting of the Main Board on 24
 * January 2014 (appended) having previously been circulated; the minutes were signed … as a true and
 * correct record"): the record states that topic's outcome, and a topic's decision is the item as printed
 * from its start (../shared/corpus/README.md, decisions[].text). A motion told as a sentence keeps its own
 * sentence; an item holding several outcomes keeps each (merging them into one topic lost more than it gained).
 */
import type { SegLine } from '../segment/segment';
import type { FoundDecision } from '../fields/decisions';
import { lineAt } from '../segment/line-at';

/** How far into its item an outcome must start to be read from the middle of it. */
const INSIDE = 40;
/** A motion or a resolution told in its own words: its sentence is the decision, wherever it stands. */
const MOTION = /\b(?:moved|seconded|motion|proposed|resolved|resolution|carried|vote[ds]?)\b/i;
/** An item that opens with a heading set off by a full stop or a colon ("Item 3. Minutes of last meeting. The minutes …"). */
const HEADED = /^[^.:;]{2,60}[.:]\s/;

export function fromItemStart(decisions: FoundDecision[], lines: readonly SegLine[], lang: 'zh' | 'en'): FoundDecision[] {
  if (lang !== 'en') return decisions;
  const lineOf = (at: number) => lineAt(lines, at);
  const items = decisions.map((d) => lineOf(d.start));
  // How many outcomes each item holds, counted once (asking each outcome about all the others grew with the square).
  const outcomes = new Map<SegLine | undefined, number>();
  for (const l of items) outcomes.set(l, (outcomes.get(l) ?? 0) + 1);
  return decisions.map((d, k) => {
    const l = items[k];
    if (!l?.num || MOTION.test(d.text)) return d;
    const from = l.start + l.num.restAt;
    if (d.start - from <= INSIDE || d.end > l.end) return d;
    // Another outcome in the same item: each is its own.
    if (outcomes.get(l)! > 1) return d;
    const text = l.text.slice(l.num.restAt, d.end - l.start);
    if (HEADED.test(text)) return d;
    return { ...d, text, start: from };
  });
}
