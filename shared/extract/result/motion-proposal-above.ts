/**
 * A motion recorded by its mover and seconder alone ("Motion to Approve: Kelli Tarver; Second: Laura
 * Schelle Motion Passes") carries what it approved in the words before it: the sentence it follows on
 * its line, or the line above ("To close the existing budget line item by line item …"). The decision
 * is read from there, so it says what was decided.
 */
import type { SegLine } from '../segment/segment';
import type { FoundDecision } from '../fields/decisions';
import { lineAt } from '../segment/line-at';

/** Who moved and who seconded, with the outcome, and nothing of what was moved. */
const BARE_MOTION = /^(?:[Mm]otion(?:\s+to\s+(?:[Aa]pprove|[Aa]ccept|[Aa]dopt))?\s*[:–-]|[Mm]oved\s*(?:[Bb]y\b|[:–-])|[Mm]otion\s+(?:made\s+)?by\b|[Mm]ade\s+by\b)\s*\p{Lu}[\p{L}'’.\s-]{1,40}?[,;]?\s+(?:[Ss]econd(?:ed)?\s*(?:[Bb]y\b|[:–-])|[Ss]econded\s+by\b)\s*\p{Lu}[\p{L}'’.\s-]{1,40}?[.,;]?(?:\s*(?:[Mm]otion\s+)?(?:[Pp]asse[sd]|[Cc]arried|[Aa]pproved|PASSED|CARRIED)\.?)?$/u;
/** A proposal: a sentence of some words, not a heading over items ("Budget Line Items Amendments:"). */
const PROPOSAL = /^\S+(?:\s+\S+){3,}$/;

export function fromProposalAbove(decisions: FoundDecision[], lines: readonly SegLine[], lang: 'zh' | 'en'): FoundDecision[] {
  if (lang !== 'en') return decisions;
  return decisions.map((d) => {
    if (!BARE_MOTION.test(d.text.trim())) return d;
    const l = lineAt(lines, d.start);
    if (!l) return d;
    // The sentence before it on its line: "We present a balanced budget of … Motion to Approve: …".
    const before = l.text.slice(l.num?.restAt ?? 0, d.start - l.start).trim();
    if (PROPOSAL.test(before) && /[.!]$/.test(before)) {
      const start = l.start + l.text.indexOf(before);
      return { ...d, text: `${before} ${d.text}`, start };
    }
    if (before) return d;
    // The line above, a proposal of its own and no other decision's.
    const above = lines[l.i - 1];
    if (!above || above.kind !== 'text' || /[:：]$/.test(above.text) || !PROPOSAL.test(above.text)) return d;
    if (decisions.some((o) => o !== d && o.start < above.end && o.end > above.start)) return d;
    return { ...d, text: `${above.text} ${d.text}`, start: above.start };
  });
}
