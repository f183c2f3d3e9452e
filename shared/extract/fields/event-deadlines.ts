/**
 * A deadline set by an event to come rather than by a date: "before next AGM", "prior to the annual
 * dinner", "prior to the AGM", "prior to next meeting", "for the April meeting". The labels keep the
 * phrase as printed (corpus README: `due`); no date is counted from it. A sitting named alone
 * ("prior to the meeting", "before the call") is the one minuted; after by or for, only a sitting
 * named by its month is a deadline ("for the April meeting"), as "for the next … meeting" is as often
 * the agenda an item goes to, so "motions for the AGM" or "a ticket for December community call" is
 * none ("at/for the next meeting" is fields/deadlines.ts's own).
 */
import { alt } from '../lexicon/build';
import { EN_DUE_EVENTS, EN_DUE_SITTINGS } from '../lexicon/en';
import { MONTH_RE } from './dates';

const EVENT = alt(EN_DUE_EVENTS);
const ANY = alt([...EN_DUE_EVENTS, ...EN_DUE_SITTINGS]);
const NEXT = '(?:next|following|coming|upcoming)';
const MONTH = MONTH_RE.replace('(', '(?:');
/** One word between the mark and the event ("next trustee meeting", "annual dinner"). */
const KIND = '(?:[a-z]{3,15}\\s{1,2})?';
const BEFORE = '(?:before|prior to|ahead of|in time for)\\s{1,2}';

export const EN_EVENT_DEADLINE = new RegExp(
  `\\b(?:${BEFORE}(?:(?:the\\s{1,2})?(?:${NEXT}|annual|the\\s{1,2}${MONTH})\\s{1,2}${KIND}${ANY}|the\\s{1,2}${KIND}${EVENT})|(?:by|for)\\s{1,2}the\\s{1,2}${MONTH}\\s{1,2}${ANY})\\b`,
  'gi',
);
