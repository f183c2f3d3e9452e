/**
 * Lines that name minutes or a meeting without heading this record, so the title's search took them
 * for its heading (and their date for the meeting's): a line naming ANOTHER meeting — the last one's
 * minutes taken ("The previous minutes of the Board meeting held on 7 September were received",
 * "Adoption of the Minutes of the Previous Committee meeting") or the next one set ("Next Meeting
 * Tuesday 27 October") — and a sentence naming minutes in passing. Two readings of one class, each
 * with its own table.
 */
import { alt } from '../lexicon/build';
import { EN_OTHER_MEETING } from '../lexicon/en';

/**
 * A sentence that names minutes in passing: the last meeting's minutes
 * read or approved ("The previous minutes of the Board meetings held on 7 September were received, taken
 * as read …", "Apologies were heard and minutes and reports from 2014 were circulated", "Corrections and
 * Adoption of the Minutes of the Previous … meeting", "Matters arising from the minutes 2014"). A heading that opens on its mark ("Minutes of the
 * AGM held …") is not such a sentence.
 */
const PREVIOUS = /\b(?:previous|last|earlier|prior)\s(?:[\w'’]{1,20}\s){0,2}minutes\b|\bminutes\sof\s(?:the\s)?(?:previous|last|prior|earlier)\b/i;
const DONE_TO = /\bminutes\b.{0,80}?\b(?:were|was|had\sbeen|have\sbeen)\s(?:\w{1,12}\s)?(?:received|read|approved|accepted|confirmed|adopted|circulated|signed|reviewed|distributed)\b/i;
const ITEM = /\b(?:approval|adoption|confirmation|corrections?)\s(?:(?:and|&)\s\w{1,12}\s)?of\s(?:the\s)?minutes\b|\bmatters\sarising\s(?:from|out\sof|on)\s(?:the\s)?minutes\b/i;
/** Minutes as the subject of a verb, a sentence about this record's standing: "Minutes are unofficial until approved by Town Board." */
const STANDING = /\bminutes\s(?:are|is|remain|will\sbe|shall\sbe|have\snot|has\snot)\b/i;
/** The mark opening the line, perhaps after a word or two ("Draft Minutes of …", "CONFIRMED MINUTES –"). */
const OPENS_ON_MARK = /^\W{0,4}(?:[\w'’-]{1,20}\s){0,2}minutes\b/i;

/** An item labelled "Minutes:" that goes on about the minutes of a meeting: "Minutes: The minutes from the October 18, …". */
const LABEL_THEN_MINUTES = /^\W{0,4}minutes\s?[:：]\s*(?:the\s)?minutes\s(?:from|of)\b/i;

/** Minutes as the object of a motion's or an agenda item's verb: "Angela moves to approve the minutes, motion passes", "Act on Select Board Meeting Minutes of December 5" (not "Approved Minutes of …", which opens on its mark). */
const VERB_ON = /\b(?:approve|approves|adopt|adopts|accept|accepts|confirm|confirms|amend|amends|correct|corrects|receive|receives|sign|signs|act\son|acts\son|review|reviews|consider|considers)\s(?:the\s)?(?:[\w'’-]{1,20}\s){0,3}minutes\b/i;

/**
 * An item on earlier minutes, opening on them, told with its outcome after a dash or colon: "Minutes of 15 November
 * meeting – Agreed", "Minutes: approved as a true record" (not a title's own status, "Council Meeting Minutes - Confirmed").
 */
const VERDICT_AFTER = /^\W{0,4}(?:the\s)?minutes\b(?:\s(?:of|from)\b.{0,80}?)?\s?[-–—:]\s*(?:agreed|approved|accepted|confirmed|adopted|signed|received)\b(?:\s(?:and|&)\s(?:signed|approved|adopted|confirmed))?(?:\s(?:as|by)\b.{0,40})?\.?$/i;

export function minutesMentioned(text: string): boolean {
  const t = text.replace(/\s+/g, ' ');
  if (DONE_TO.test(t) || STANDING.test(t) || ITEM.test(t) || VERDICT_AFTER.test(t) || LABEL_THEN_MINUTES.test(t) || (VERB_ON.test(t) && !OPENS_ON_MARK.test(t))) return true;
  return PREVIOUS.test(t) && !(OPENS_ON_MARK.test(t) && !PREVIOUS.test(t.slice(0, 40)));
}

/** "the previous minutes", "minutes of the last meeting", "Adoption of The Minutes of the Previous …". */
const EARLIER = new RegExp(`\\b(?:${alt(EN_OTHER_MEETING.earlier)})\\s(?:\\S+\\s){0,3}?(?:minutes|meetings?)\\b|\\bminutes\\sof\\s(?:the\\s)?(?:${alt(EN_OTHER_MEETING.earlier)})\\b`, 'i');
/** "Next Meeting …", "Date of next meeting: …", at the line's start. */
const NEXT = new RegExp(`^\\W{0,4}(?:(?:date|time|venue)\\s(?:of|for)\\s(?:the\\s)?)?(?:${alt(EN_OTHER_MEETING.later)})\\s(?:\\S+\\s)?(?:meeting|session|call)\\b`, 'i');

export function namesOtherMeeting(text: string): boolean {
  const t = text.replace(/\s+/g, ' ');
  return EARLIER.test(t) || NEXT.test(t);
}
