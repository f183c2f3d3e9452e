/**
 * An English agenda describing each item by what will be done at it ("The Board will discuss a
 * potential new date …", "The Manager will present a preliminary budget …"), under headings a record
 * uses too ("ACTION ITEMS"): the items are still to be taken. Read only where the page records nothing
 * of a meeting held (result/announced-meeting-en.ts), since minutes say what the board will do next too.
 * So is one that closes on the time the meeting will end ("Meeting will adjourn at 5:00 p.m."): a
 * record tells when it did, and its "Roll Call" item stays an item, no roll taken.
 */
import type { Segmented } from '../segment/segment';
import { alt } from '../lexicon/build';
import { EN_MEETING_TO_COME } from '../lexicon/en';

/** A line opening with the body or an officer and what it will do at the meeting. */
const ITEM_TO_COME = new RegExp(
  `^(?:the\\s+)?(?:${alt(EN_MEETING_TO_COME.bodies)}|${alt(EN_MEETING_TO_COME.officers)})\\b[^.\\n]{0,40}?\\bwill\\s+${alt(EN_MEETING_TO_COME.itemActs)}\\b`,
  'i',
);

/** An item told by what is to be done at it, in an English agenda's infinitive: "To receive questions / statements from the public", "To consider any petitions …". */
const INFINITIVE_ITEM = /^(?:to\s+(?:receive|consider|approve|note|determine|agree|appoint|elect|adopt|discuss|review|confirm))\b/i;

/** An outcome printed on the item's line ("To approve the remuneration … Unanimously passed"): a resolution's record. */
const OUTCOME_BESIDE = /\b(?:passed|carried|adopted|agreed|resolved|was|were|noted)\b/i;

/**
 * At least two of the page's lines describe an item by what will be done at it, or three by what is to
 * be done ("To receive apologies for absence"): a record that keeps these headings says under them what was done.
 */
export function itemsToComeEn(seg: Segmented): boolean {
  if (seg.lang === 'zh') return false;
  const own = seg.lines.filter((l) => l.kind !== 'chrome');
  return own.filter((l) => ITEM_TO_COME.test(l.text.trim())).length >= 2 || own.filter((l) => INFINITIVE_ITEM.test(l.text.trim()) && !OUTCOME_BESIDE.test(l.text)).length >= 3;
}

/** "Meeting will adjourn at 5:00 p.m.", "The meeting is scheduled to adjourn by 9 pm": the end still to come. */
const ADJOURNS_TO_COME = /\b(?:will|shall|is\s+(?:scheduled|expected)\s+to)\s+adjourn\s+(?:at|by|no\s+later\s+than)\s+\d/i;

/** The page gives the time its meeting will end. */
export function adjournsToComeEn(seg: Segmented): boolean {
  return seg.lang !== 'zh' && seg.lines.some((l) => l.kind !== 'chrome' && ADJOURNS_TO_COME.test(l.text));
}
