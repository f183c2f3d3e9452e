/** English attendance told in the record's own sentences, where no label lists it. */
import { alt } from '../lexicon/build';
import { EN_ATTENDED_SENTENCE as W } from '../lexicon/en';
import { cleanEnPerson, readEnAttendance } from './people';

// "It was attended by A, B and C.", "Those attended the EC meeting include A, B …".
const LEAD = new RegExp(
  `\\b(?:${alt(W.leads)}|${alt(W.those)}(?:\\s+[^.,;:]{1,40}?)?\\s+${alt(W.listVerbs)})\\s*[:：]?\\s+(?=\\S)`,
  'gi',
);
// A roll call told as a sentence: "the following members responding: A, B, and C", "On roll call, the following
// Council members answered as their names were called: Alderman A, B …": the colon closes the lead.
const ROLL_LEAD = /(?:\bthe |^)following (?:[A-Za-z-]+ ){0,3}?(?:responding|answering(?: (?:the )?roll(?: call)?)?|answered(?: as their names were called| (?:the )?roll(?: call)?| present)?)\s*:\s*(?=\S)/gi;
// "The meeting was chaired by A. Present: B, C and D.": an attendance label after a sentence on the same line.
const LABEL_AFTER_SENTENCE = /(?<=[.;!?]\s+)(?:(?:members|councillors|trustees|directors|also)\s+)?(?:present|in attendance|attendees|attending)\s*[:：]\s*(?=\S)/gi;
// "Uttara Sahaym was present.": the sentence's subject, a short list of persons.
const TRAIL = new RegExp(`^(.{3,160}?)\\s+${alt(W.trails)}\\s*(?:[.;]|$)`, 'i');

/** The sentences of a line, cut at a full stop that ends a word of two small letters or more. */
const sentences = (text: string) => text.split(/(?<=\p{Ll}{2}|[)\d])\.\s+(?=\p{Lu})/u);

/**
 * The persons named in such sentences of a line: after "was attended by …" the list up to its full
 * stop; before "… was present." a subject made only of persons (not "A quorum", "The Prime Minister").
 */
export function enAttendedSentence(text: string, every = false): string[] {
  const out: string[] = [];
  for (const m of [...text.matchAll(LEAD), ...text.matchAll(ROLL_LEAD), ...text.matchAll(LABEL_AFTER_SENTENCE)]) {
    const rest = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 800);
    out.push(...readEnAttendance(rest).names);
  }
  // `every`: the sentences after a list's lead too ("… present were A and B. Director C was present.").
  if (out.length && !every) return out;
  for (const s of sentences(text)) {
    const t = s.match(TRAIL);
    if (!t) continue;
    const subject = t[1].trim();
    // "The Defence Secretary", "A quorum", "All members": a post or a group, no one named.
    if (/^(?:the|a|an|all|no|some|members?|everyone|quorum)\b/i.test(subject)) continue;
    const items = subject.split(/,\s*|\s+(?:and|&)\s+/).filter(Boolean);
    const names = items.map((x) => cleanEnPerson(x).name);
    if (names.length && names.length <= 6 && names.every((n): n is string => !!n)) out.push(...names);
  }
  return out;
}
