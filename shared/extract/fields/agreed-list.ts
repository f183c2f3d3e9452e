/**
 * A list announced as what was agreed: "… and the following action was agreed:" / "- EGM to be held on …" /
 * "- Caroline will take on …", "The following were agreed upon by the group:" / "1. …", "With respect to
 * X, following decisions have been taken:" / "a. …". Each item of the list is a decision, whatever its
 * wording, and the sentence announcing them is none. Payments "approved" in a list are not announced so:
 * the lead must say agreed, decided or resolved, or name decisions or actions taken.
 */
import type { Segmented, SegLine } from '../segment/segment';
import type { FoundDecision } from './decisions';

const LEAD = new RegExp(
  [
    /\bthe\s+following\s+(?:[a-z]+\s+){0,2}?(?:was|were|has\s+been|have\s+been)\s+(?:unanimously\s+)?(?:agreed|decided|resolved)(?:\s+(?:upon|on))?(?:\s+by\s+[^:]{1,40})?\s*:\s*$/.source,
    /\b(?:the\s+)?following\s+(?:decisions?|actions?|resolutions?)\s+(?:was|were|has\s+been|have\s+been)\s+(?:made|taken|agreed|adopted|reached)\s*:\s*$/.source,
    /\b(?:agreed|decided|resolved)\s+(?:on\s+|upon\s+)?the\s+following\s*:\s*$/.source,
  ].join('|'),
  'i',
);

/** An item's mark, by kind: a letter ("a.", "– a.", "(b)"), a number ("1.", "2)"), a bullet ("-", "•"). */
function markOf(text: string): { kind: string; len: number } | null {
  const letter = /^\s*(?:[-–—]\s*)?\(?[a-z][.)]\s+/.exec(text);
  if (letter) return { kind: 'letter', len: letter[0].length };
  const number = /^\s*\(?\d{1,2}[.)]\s+/.exec(text);
  if (number) return { kind: 'number', len: number[0].length };
  const bullet = /^\s*([-*•·▪◦–—])\s+/.exec(text);
  return bullet ? { kind: `bullet${bullet[1]}`, len: bullet[0].length } : null;
}

const MAX_ITEMS = 12;

/**
 * The decisions with each announced list's items added where no reading took them already, and the
 * announcing sentence dropped. `make` builds a decision from an item's text and span.
 */
export function withAgreedLists(decisions: FoundDecision[], seg: Segmented, make: (text: string, start: number, end: number) => FoundDecision): FoundDecision[] {
  if (seg.lang !== 'en') return decisions;
  let out = decisions;
  const lines = seg.lines.slice(seg.bodyStart, seg.tailStart);
  for (let i = 0; i < lines.length; i++) {
    const lead = lines[i];
    if (lead.text.length > 240 || !LEAD.test(lead.text)) continue;
    const items: SegLine[] = [];
    let kind: string | null = null;
    for (const l of lines.slice(i + 1)) {
      const mark = markOf(l.text);
      if (!mark || LEAD.test(l.text)) break;
      kind ??= mark.kind;
      if (mark.kind === kind) items.push(l);
      if (items.length >= MAX_ITEMS) break;
    }
    if (items.length < 2) continue;
    const added = items
      .filter((l) => !out.some((d) => d.start >= l.start && d.start < l.end))
      .map((l) => {
        const at = markOf(l.text)!.len;
        const d = make(l.text.slice(at), l.start + at, l.end);
        return { ...d, confidence: Math.min(d.confidence, 0.6) };
      });
    out = [...out.filter((d) => !(d.start >= lead.start && d.start < lead.end && /:\s*$/.test(d.text))), ...added].sort((a, b) => a.start - b.start);
  }
  return out;
}
