/**
 * An action mark in brackets closing a sentence, as British committees print it: "… email units.
 * (ACTION MEG and JANE)", "… to go to Meg (Action: MEG)", "… before June [Action – JB/PT]". The
 * mark says the sentence is a task (LABELS.md) and names who carries it out.
 */
import { NAME, NOT_A_NAME } from './action-owners';

const NAMES = `${NAME}(?:\\s{0,2}(?:[/,&]|and)\\s{0,2}${NAME}){0,4}`;
// Case by hand: with the i flag \p{Lu} would take any letter ("(Action: ongoing)" is no owner).
const CLOSING = new RegExp(`\\s*[(\\[]\\s*(?:[Aa]ctions?|ACTIONS?)(?:\\s+(?:[Bb]y|BY))?\\s{0,2}[:–—-]?\\s{0,2}(${NAMES})\\s{0,2}[)\\]]\\s*[.;]?$`, 'u');
/** A status where the owner would stand, beside the owner-only mark's words (fields/action-owners.ts). */
const NO_OWNER = new Set(['none', 'done', 'all']);

/** The owners a closing bracketed mark names, with the sentence before it, or null. */
export function closingActionMark(sentence: string): { task: string; assignees: string[] } | null {
  const m = CLOSING.exec(sentence);
  if (!m || m.index === 0) return null;
  const names = m[1].split(/\s{0,2}(?:[/,&]|\band\b)\s{0,2}/).map((x) => x.trim()).filter(Boolean);
  if (!names.length || names.some((n) => [NOT_A_NAME, NO_OWNER].some((set) => set.has(n.split(/\s/)[0].toLowerCase())))) return null;
  const task = sentence.slice(0, m.index).trim();
  // A task of a few words, not a heading's stub.
  if (task.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 3) return null;
  return { task, assignees: names };
}
