/**
 * An item closed by its motion's mover and seconder in brackets: "Move Annual Business Meeting to Third Tuesday
 * in October (Motion: Patrick, 2nd: Minea). Unanimous approval.", "Confirmation / reading of minutes from 21/07/15
 * (Moved N Abela/ Passed E Scott)", "Treasurer's report accepted (Motion by James, seconded by Justin)". The
 * brackets say the item was moved and seconded: the item, from its start, is the decision. Each bullet of an item
 * is an item of its own; a part naming two motions or more, or one lost, is left to the sentences.
 */
const MOVER = String.raw`(?:moved|motion|proposed|prop\.)(?:\s+by)?\s*[:\-–]?\s*`;
const SECONDER = String.raw`(?:2nd|second(?:ed)?|sec\.|passed)(?:\s+by)?\s*[:\-–]?\s*`;
const NAME = String.raw`\p{Lu}[\p{L}.'’ -]{0,40}?`;
/** Both parts named, in brackets: "(Motion: Patrick, 2nd: Minea)", "(proposed by Iain Loe, seconded by John Westlake)". */
const BRACKETED = new RegExp(String.raw`\(\s*${MOVER}${NAME}\s*(?:[,/;&]\s*|\s)(?:and\s+)?${SECONDER}${NAME}\s*\)`, 'giu');
/** A bullet opening a line inside the item. */
const BULLET_LINE = /^[ \t]*[-•*▪◦●][ \t]+/gmu;
/** The longest item read whole: longer is a page's text run together. */
const MAX_ITEM = 1000;
const LOST = /\b(?:lost|defeated|failed|not\s+carried|withdrawn)\b/i;

/** The parts of an item's text (offsets into it) that its bracketed motion makes decisions. */
export function bracketedMotionParts(text: string): { from: number; to: number }[] {
  const starts = [0, ...[...text.matchAll(BULLET_LINE)].map((m) => m.index ?? 0).filter((i) => i > 0)];
  const parts: { from: number; to: number }[] = [];
  for (const [k, s] of starts.entries()) {
    const end = k + 1 < starts.length ? starts[k + 1] : text.length;
    const raw = text.slice(s, end);
    const motions = raw.match(BRACKETED)?.length ?? 0;
    // A page run together as one line is no item: its one bracket closes only its own sentence.
    if (motions !== 1 || LOST.test(raw) || raw.length > MAX_ITEM) continue;
    const lead = /^[\s•*▪◦●-]*/u.exec(raw)?.[0].length ?? 0;
    const body = raw.slice(lead).trimEnd();
    if (body) parts.push({ from: s + lead, to: s + lead + body.length });
  }
  return parts;
}
