/**
 * A line naming ANOTHER meeting is never this record's title: the minutes of the last one taken
 * ("The previous minutes of the Board meeting held on 7 September were received", "Adoption of the
 * Minutes of the Previous Committee meeting") or the next one set ("Next Meeting Tuesday 27 October").
 * Each names minutes or a meeting, so the title's search took it for a heading, and its date for the
 * meeting's.
 */
import { alt } from '../lexicon/build';
import { EN_OTHER_MEETING } from '../lexicon/en';

/** "the previous minutes", "minutes of the last meeting", "Adoption of The Minutes of the Previous …". */
const EARLIER = new RegExp(`\\b(?:${alt(EN_OTHER_MEETING.earlier)})\\s(?:\\S+\\s){0,3}?(?:minutes|meetings?)\\b|\\bminutes\\sof\\s(?:the\\s)?(?:${alt(EN_OTHER_MEETING.earlier)})\\b`, 'i');
/** "Next Meeting …", "Date of next meeting: …", at the line's start. */
const NEXT = new RegExp(`^\\W{0,4}(?:(?:date|time|venue)\\s(?:of|for)\\s(?:the\\s)?)?(?:${alt(EN_OTHER_MEETING.later)})\\s(?:\\S+\\s)?(?:meeting|session|call)\\b`, 'i');

export function namesOtherMeeting(text: string): boolean {
  const t = text.replace(/\s+/g, ' ');
  return EARLIER.test(t) || NEXT.test(t);
}
