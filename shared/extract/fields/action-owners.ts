/**
 * An action mark naming only its owners ("Action – Mr Burgess/JK", "ACTION: Dork Sahagian.") closes
 * the sentence before it: that sentence is the action, the names its assignees. Read alone, the mark
 * would be a decision with no words and leave the sentence it belongs to without an owner.
 */
import type { FoundDecision } from './decisions';
import { EN_AGENDA_WORDS, EN_NOT_SUBJECT } from '../lexicon/en';

/** A name or initials: "Mr Burgess", "JK", "Dork Sahagian", "Cllr A. Smith". */
export const NAME = "\\p{Lu}[\\p{L}.'’-]{0,20}(?:\\s\\p{Lu}[\\p{L}.'’-]{0,20}){0,3}";
// Case is matched by hand: with the i flag \p{Lu} would take any letter, and a task ("Action: Bumped to next call.") would read as names.
export const OWNER_ONLY = new RegExp(`^[\\s•*\\-–]{0,3}[(\\[]?(?:[Aa]ctions?|ACTIONS?|[Aa]ction\\s[Bb]y|ACTION\\sBY)\\s{0,2}[:–—-]\\s{0,2}(${NAME}(?:\\s{0,2}(?:[/,&]|and)\\s{0,2}${NAME}){0,5})\\s{0,2}[)\\]]?\\s{0,2}[.;]?$`, 'u');

/**
 * The same mark in capitals with no separator, closing a paragraph: "… using our own transport.  ACTION Anne",
 * "ACTION Peter T", as British committees print it in the margin. The word after it must be a name, not the
 * mark's own noun ("ACTION Plan", "ACTION POINTS").
 */
const BARE_MARK = new RegExp(`^[\\s•*\\-–]{0,3}[(\\[]?(?:ACTIONS?|Actions?)\\s{1,2}(${NAME}(?:\\s{0,2}(?:[/,&]|and)\\s{0,2}${NAME}){0,3})\\s{0,2}[)\\]]?\\s{0,2}[.;]?$`, 'u');
/** Words an action mark may print where its owner would stand: a status, an agenda word, a vote. */
export const NOT_A_NAME = new Set([...EN_NOT_SUBJECT, ...EN_AGENDA_WORDS, 'point', 'points', 'required', 'needed', 'taken', 'log', 'list', 'summary', 'tracker', 'arising', 'complete', 'completed', 'ongoing', 'closed', 'open', 'outstanding', 'nil', 'by', 'on', 'for', 'approve', 'approved', 'adopt', 'adopted', 'accept', 'accepted', 'deny', 'denied', 'table', 'tabled', 'defer', 'deferred', 'moved', 'seconded', 'carried', 'passed', 'noted', 'agreed'].map((w) => w.toLowerCase()));

/** The owners an owner-only mark names, with its separator ("Action – Mr Burgess/JK") or in capitals without ("ACTION Anne"), or null. */
export function ownerOnly(text: string): string[] | null {
  const t = text.trim();
  const m = OWNER_ONLY.exec(t);
  const bare = m ? null : BARE_MARK.exec(t);
  const names = (m ?? bare)?.[1];
  if (!names) return null;
  if (bare && (names.split(/[\s,/&]+/).some((w) => NOT_A_NAME.has(w.toLowerCase())))) return null;
  return names.split(/\s{0,2}(?:[/,&]|\band\b)\s{0,2}/).map((x) => x.trim().replace(/\.$/, '')).filter(Boolean);
}

/** The last sentence of the text before `at`, within its paragraph: where it starts and its words. */
function sentenceBefore(text: string, at: number): { start: number; text: string } | null {
  const before = text.slice(Math.max(0, at - 600), at);
  const base = at - before.length;
  const trimmed = before.replace(/\s+$/, '');
  let k = trimmed.length - 1;
  // Back over the previous sentence's end, or a line break before a capital (a heading's line above it).
  while (k > 0 && !(/[.!?]/.test(trimmed[k - 1]) && /\s/.test(trimmed[k])) && !(trimmed[k - 1] === '\n' && /\p{Lu}/u.test(trimmed[k]))) k--;
  // The item starts where its paragraph does ("Tracey reported on finances. … online banking. ACTION: Tracey."):
  // a mark closing a paragraph of several sentences gives the paragraph, within reach, to its owners.
  const line = trimmed.lastIndexOf('\n', k) + 1;
  if (line < k && trimmed.length - line <= 400 && !/[:：]$/.test(trimmed.slice(line, k).trim())) k = line;
  const raw = trimmed.slice(k);
  const t = raw.trim();
  if (t.length < 12 || t.length > 400 || ownerOnly(t)) return null;
  return { start: base + k + raw.indexOf(t), text: t };
}

/** Decisions with owner-only marks folded into the sentence each closes. */
export function foldOwnerMarks(decisions: FoundDecision[], text: string): FoundDecision[] {
  const out: FoundDecision[] = [];
  for (const d of decisions) {
    const names = ownerOnly(d.text);
    const s = names ? sentenceBefore(text, d.start) : null;
    if (!names || !s) {
      out.push(d);
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && prev.end >= s.start && prev.start <= s.start + s.text.length) {
      // The sentence was read already: the mark only names who acts on it.
      // "The Clerk agreed to send … ACTION CLERK": the same owner again, in capitals, is no second one.
      const key = (n: string) => n.toLowerCase().replace(/^the\s+/, '');
      const more = names.filter((n) => !prev.assignees.some((a) => key(a) === key(n)));
      out[out.length - 1] = { ...prev, assignees: [...prev.assignees, ...more] };
      continue;
    }
    out.push({ text: s.text, start: s.start, end: s.start + s.text.length, assignees: names, due: d.due, ...(d.dueDate ? { dueDate: d.dueDate } : {}), confidence: Math.min(d.confidence, 0.6) });
  }
  return out;
}
