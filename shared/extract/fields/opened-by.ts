/**
 * The chair named as the agent of the meeting's opening, in the passive: "Meeting opened by Barbara
 * Wills", "The meeting was opened by the President, Charles (VA3CPY) at 7:17 pm", "The AGM was called to
 * Order by the Chair, Dr. Alex Koiter", "called to order at 7:30 by acting Chairman, Smith", "Call to
 * order (7:00 PM by Randall)", "called to order at 7:40 by: Brad". Whoever opens a meeting chairs it;
 * the time or a post may stand between the verb and the name. "Opened" needs the meeting as its subject
 * (a line's start or "meeting was"), since "opened by a prayer" or "the floor was opened by" name no chair;
 * the name must start with a capital, so "opened by the chair at 7pm" names no one.
 */
import { alt } from '../lexicon/build';
import { EN_APPOSED_CHAIR, EN_HONORIFICS } from '../lexicon/en';

/** The meeting as the subject, or the line's start ("1. Call to order (…", "Meeting opened by …"). */
const SUBJECT = String.raw`(?:^[•*\-\s]{0,4}(?:(?:\d{1,2}|[IVXivx]{1,4})[.)]?\s{1,3})?|\b(?:meeting|session|call|AGM|EGM|agm|egm|assembly|it)\s(?:was\s)?)`;
/** "Called to order" names the meeting itself; "opened" and "convened" need it as their subject. */
const VERB = String.raw`(?:${SUBJECT}(?:opened|convened)|\bcall(?:ed)?\sto\sorder)`;
/** What may stand between the verb and "by": the time or date, or a parenthesis opened around them. */
// …or the hour after the heading's colon ("Call to order:  19:32 by President Jim Rundall"), or the room ("… in the Library by …").
const GAP = String.raw`(?:\s{0,3}\([^.;()]{0,30}?|,?\s{1,3}(?:at|on|in)\s(?:[^.;()]|\.(?=\S|\s[a-z\d])){1,50}?|\s{0,2}[:–-]\s{0,3}\d{1,2}(?:[:.]\d{2})?\s{0,2}(?:[ap]\.?m\.?)?)?`;
// The post, its term perhaps ("the 2005-06 Chair, Charlotte Gibson"), a comma or colon after it ("President: Judy Oberstar").
const POST = `(?:(?:the\\s)?(?:(?:19|20)\\d{2}(?:[-–/]\\d{2,4})?\\s)?(?:acting\\s|deputy\\s|vice[- ]|outgoing\\s|incoming\\s|new\\s)?(?:${alt(EN_APPOSED_CHAIR.posts)})[,:]?\\s{1,3})?`;
const HONOUR = `(?:(?:${alt(EN_HONORIFICS.filter((h) => h !== 'the'))})\\.?\\s{1,3})?`;
const NAME = String.raw`((?:\p{Lu}\.\s?){0,3}\p{Lu}[\p{L}'’-]*(?:\s(?:\p{Lu}\.\s?){0,2}\p{Lu}[\p{L}'’-]*){0,3})`;
const OPENED_BY = new RegExp(`${VERB}${GAP}\\s{0,3}by:?\\s{1,3}${POST}${HONOUR}${NAME}`, 'iu');
/** Words that take a name's place without being one. */
const NOT_NAME = /^(?:The|This|A|An|All|Members?|Council|Board|Committee|Chair(?:man|person|woman)?|President|Mayor|Secretary|Motion|Prayer|Zoom|Video|Phone)$/i;

/**
 * The opener after a "Call to Order" heading's colon or dash: "Call to Order: K. Whiteman at 7:07 p.m.",
 * "Call to Order-Andrew calls to order 8:42". The name stops where the time or the verb follows.
 */
const CALL_LABEL = new RegExp(`\\bcall(?:ed)?\\sto\\sorder\\s{0,2}[:：–—-]\\s{0,3}${POST}${HONOUR}${NAME}(?=\\s{1,3}(?:at|calls|called|opened)\\b|\\s{0,2}[,(]|\\s*$)`, 'iu');

export function meetingOpenedBy(text: string): { name: string; index: number } | null {
  const m = OPENED_BY.exec(text) ?? CALL_LABEL.exec(text);
  if (!m || m.index === undefined) return null;
  // The name as printed must start with a capital: the flag 'i' above is for the verb and the posts.
  const first = m[1].split(/\s/)[0];
  if (!/^\p{Lu}/u.test(m[1]) || NOT_NAME.test(first)) return null;
  // Lower-case words matched under the flag end the name ("Brad at 7pm" is not read so, but "Koiter at").
  const words = m[1].split(/\s/);
  const kept: string[] = [];
  for (const w of words) {
    if (!/^\p{Lu}/u.test(w)) break;
    kept.push(w);
  }
  // A sentence's full stop after the name is not part of it; an initial's is ("J.").
  const name = kept.join(' ').replace(/(?<=[\p{Ll}'’]{2})\.$/u, '');
  if (name.length < 2) return null;
  return { name, index: m.index + m[0].lastIndexOf(m[1]) };
}
