/**
 * An action mark naming only its owners ("Action – Mr Burgess/JK", "ACTION: Dork Sahagian.") closes
 * the sentence before it: that sentence is the action, the names its assignees. Read alone, the mark
 * would be a decision with no words and leave the sentence it belongs to without an owner.
 */
import type { FoundDecision } from './decisions';

/** A name or initials: "Mr Burgess", "JK", "Dork Sahagian", "Cllr A. Smith". */
const NAME = "\\p{Lu}[\\p{L}.'’-]{0,20}(?:\\s\\p{Lu}[\\p{L}.'’-]{0,20}){0,3}";
// Case is matched by hand: with the i flag \p{Lu} would take any letter, and a task ("Action: Bumped to next call.") would read as names.
export const OWNER_ONLY = new RegExp(`^[\\s•*\\-–]{0,3}(?:[Aa]ctions?|ACTIONS?|[Aa]ction\\s[Bb]y|ACTION\\sBY)\\s{0,2}[:–—-]\\s{0,2}(${NAME}(?:\\s{0,2}(?:[/,&]|and)\\s{0,2}${NAME}){0,5})\\s{0,2}[.;]?$`, 'u');

/** The last sentence of the text before `at`, within its paragraph: where it starts and its words. */
function sentenceBefore(text: string, at: number): { start: number; text: string } | null {
  const before = text.slice(Math.max(0, at - 600), at);
  const base = at - before.length;
  const trimmed = before.replace(/\s+$/, '');
  let k = trimmed.length - 1;
  // Back over the previous sentence's end, or a line break before a capital (a heading's line above it).
  while (k > 0 && !(/[.!?]/.test(trimmed[k - 1]) && /\s/.test(trimmed[k])) && !(trimmed[k - 1] === '\n' && /\p{Lu}/u.test(trimmed[k]))) k--;
  const raw = trimmed.slice(k);
  const t = raw.trim();
  if (t.length < 12 || t.length > 400 || OWNER_ONLY.test(t)) return null;
  return { start: base + k + raw.indexOf(t), text: t };
}

/** Decisions with owner-only marks folded into the sentence each closes. */
export function foldOwnerMarks(decisions: FoundDecision[], text: string): FoundDecision[] {
  const out: FoundDecision[] = [];
  for (const d of decisions) {
    const m = OWNER_ONLY.exec(d.text.trim());
    const s = m ? sentenceBefore(text, d.start) : null;
    if (!m || !s) {
      out.push(d);
      continue;
    }
    const names = m[1].split(/\s{0,2}(?:[/,&]|\band\b)\s{0,2}/).map((x) => x.trim().replace(/\.$/, '')).filter(Boolean);
    const prev = out[out.length - 1];
    if (prev && prev.end >= s.start && prev.start <= s.start + s.text.length) {
      // The sentence was read already: the mark only names who acts on it.
      out[out.length - 1] = { ...prev, assignees: [...new Set([...prev.assignees, ...names])] };
      continue;
    }
    out.push({ text: s.text, start: s.start, end: s.start + s.text.length, assignees: names, due: d.due, ...(d.dueDate ? { dueDate: d.dueDate } : {}), confidence: Math.min(d.confidence, 0.6) });
  }
  return out;
}
