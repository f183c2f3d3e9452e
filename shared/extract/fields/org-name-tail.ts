/**
 * A body's name printed alone on a line with a tail that is no word of the name: its legal form
 * ("Mangawhai Bowls Inc", "OpenWIS Association AISBL", "NYLEX (MALAYSIA) BERHAD"), its acronym or a
 * qualifier in brackets ("… COMMUNITY CENTRE (ESEACC)", "… COLLEGE OF ENGINEERING (AUTONOMOUS)", a company's
 * registration "(9378T)"), or its number ("Sanitary District #1"). The name's form is tested without the tail;
 * the issuer is the line as printed.
 */
import { alt } from '../lexicon/build';
import { EN_LEGAL_FORMS } from '../lexicon/en';

const BRACKETS = /\s{0,2}\([^()]{1,40}\)/g;
const NUMBER = /\s+(?:#\s?\d{1,4}|No\.?\s?\d{1,4})$/i;
const LEGAL = new RegExp(`[\\s,]+${alt(EN_LEGAL_FORMS)}$`, 'i');
const NAME = /^[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|&|and|of|the|for)){0,7}$/;
/**
 * Its own acronym in brackets: capitals that start with the name's first letter, after a name of three words or
 * more ("East and … Centre (ESEACC)"); a person's initials follow two ("George Patey (GP)").
 */
const ACRONYM = /^(\p{L})[\p{L}'’.&-]*(?:\s+[\p{L}'’.&-]+){2,9}\s{0,2}\((\p{Lu}{3,8})\)$/u;
const SMALL = /^(?:and|of|the|for|&)$/i;

/** The name without its tail, to test its form; null when it has none. */
export function nameCore(t: string): string | null {
  const core = t.replace(BRACKETS, '').replace(NUMBER, '').trim();
  return core !== t.trim() && core.length >= 3 ? core : null;
}

/** Whether the line is a name with its legal form, or with its own acronym after it. */
export function namedByTail(t: string): boolean {
  const core = t.replace(BRACKETS, '').trim();
  const legal = LEGAL.exec(core);
  if (legal && legal.index > 0 && NAME.test(core.slice(0, legal.index).trim())) return true;
  const a = ACRONYM.exec(t.trim());
  return !!a && a[1].toUpperCase() === a[2][0] && core.split(/\s+/).filter((w) => !SMALL.test(w)).length >= 3 && NAME.test(core.replace(/\b[A-Z]{2,}\b/g, (w) => w[0] + w.slice(1).toLowerCase()));
}
