/**
 * A heading that opens a page's text run together into one line, naming the meeting without "Minutes
 * of": "Planning Commission Minutes The City of Sturgis Planning Commission held a meeting on …",
 * "ENNIS PARISH PASTORAL COUNCIL Meeting Minutes 30th November 2010 Opening: The regular …",
 * "Gundaroo and District Historical Society Meeting 1 September 2015 Present - Ron Miller, …".
 *
 * The heading is the capitalised words that open the line up to the record's word (Minutes, Meeting,
 * AGM), with the date printed right after it; the record must start right after that: the roll's or
 * the opening's label, a sentence ("The regular meeting …"), or the first numbered item. Anything
 * else after it, and the words are a sentence's, not a heading's.
 */
import { findDates } from './dates';

/** A word of a name or a heading: capitalised, an ordinal or a number ("4B", "257", "9th"), an ampersand. */
const WORD = /^(?:\p{Lu}[\p{L}'’.-]*|\d{1,4}(?:st|nd|rd|th)?|\d{1,3}[A-Z]|&)$/u;
/** Small words inside a name: "Gundaroo and District …", "Board of Trustees". */
const SMALL = /^(?:of|the|and|for|on|in|at)$/;
/** What the record is, closing its heading: "… Board Meeting", "… Meeting Minutes", "… AGM". */
const RECORD = /^(?:minutes|meeting|agm|egm)$/i;
/** The record starting: a label of the roll or of the opening, set off by a colon or a dash. */
const LABEL = /^(?:present|members\s+present|in\s+attendance|attendance|attendees|apologies|opening|call\s+to\s+order|roll\s+call|welcome)\s*[:–—-]/i;
/** A sentence starting: "The regular meeting …", "A meeting of …" with a word in lower case before its end. */
const SENTENCE = /^(?:The|A|An)\s+(?:[\p{Lu}\d][\p{L}\d'’.&-]*\s+){0,8}\p{Ll}{2,}/u;
/** The first item: "1. Welcome", "1 Minutes". */
const FIRST_ITEM = /^1[.)]?\s+\p{Lu}/u;

/** The heading and its offset in `text` (at the start), or null. */
export function lineOpeningHeading(text: string): { text: string; at: number } | null {
  const toks = [...text.slice(0, 300).matchAll(/\S+/g)];
  let e = -1;
  for (let k = 0; k < Math.min(toks.length, 14); k++) {
    const w = toks[k][0];
    if (RECORD.test(w)) {
      e = k;
      // "Meeting Minutes": the record's words run on together.
      while (e + 1 < toks.length && RECORD.test(toks[e + 1][0])) e++;
      break;
    }
    if (!WORD.test(w) && !(k > 0 && SMALL.test(w))) return null;
  }
  // A name before the record's word: two words at least, its first not a small one.
  if (e < 2 && !(e === 1 && /^\p{Lu}{2,}/u.test(toks[0][0]))) return null;
  let end = (toks[e].index ?? 0) + toks[e][0].length;
  // The date printed after the heading is part of it ("… Meeting 1 September 2015", "… MEETING March 12, 2014").
  const rest = text.slice(end);
  const date = findDates(rest.slice(0, 60)).find((d) => d.index <= 2 && !/\S/.test(rest.slice(0, d.index)) && d.year);
  if (date) end += date.index + date.length;
  const after = text.slice(end).replace(/^\s+/, '');
  if (!LABEL.test(after) && !SENTENCE.test(after) && !FIRST_ITEM.test(after)) return null;
  const head = text.slice(0, end).trim();
  return head.length >= 12 && head.length <= 140 ? { text: head, at: 0 } : null;
}
