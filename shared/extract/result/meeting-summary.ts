/**
 * A body's own summary of a meeting, published for its members without a minutes title: a heading
 * naming the body's meeting with a summary word ("Summary of December Board Meeting", "Session
 * Meeting Highlights 28 May 2023"), dated on it or beside it, over items whose outcomes the body
 * states ("Session approved …", "The board proposed …", "X has been reactivated as a member").
 * A residents' write-up ("Summary of our AGM", "we explained …") names no body's acts; a story
 * carries a reporter's mark and is refused before this is read.
 */
import type { Segmented } from '../segment/segment';
import { findDates } from '../fields/dates';
import { alt } from '../lexicon/build';
import { EN_MEETING_SUMMARY, EN_MONTHS } from '../lexicon/en';
import { countMatches } from '../text/count';

const WORDS = alt(EN_MEETING_SUMMARY.words);
const BODIES = alt(EN_MEETING_SUMMARY.bodies);
/** "Summary of (the) December Board Meeting", "Highlights from the Session Meeting". */
const SUMMARY_OF = new RegExp(`^(?:${WORDS}) (?:of|from) (?:the |our )?(?:[\\w'’.-]{1,20} ){0,3}(?:${BODIES}) meeting\\b`, 'i');
/** "Session Meeting Highlights", "Board Meeting (15 May 23) Summary", "Council meeting recap – 3 March". */
const MEETING_SUMMARY = new RegExp(`^(?:[\\w'’.-]{1,20} ){0,3}(?:${BODIES}) meeting\\b[^\\n]{0,30}?\\b(?:${WORDS})\\b`, 'i');
const MONTH = new RegExp(`\\b(?:${alt(EN_MONTHS)})\\b`, 'i');
/** An outcome with the body as subject: "Session approved", "The board has unanimously agreed". */
const BODY_ACT = new RegExp(`\\b(?:${BODIES}|meeting) (?:has |have )?(?:also |unanimously )?(?:${alt(EN_MEETING_SUMMARY.acts)})\\b`, 'gi');
/** An outcome done to someone or something: "Florence Wong has been reactivated", "the budget was approved". */
const DONE_TO = new RegExp(`\\b(?:has been|have been|was|were) (?:unanimously )?(?:${alt(EN_MEETING_SUMMARY.doneTo)})\\b`, 'gi');

/** The heading's line and the lines beside it carry a date, or the heading names the month. */
function headingAt(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i];
    if (t.length > 80 || !(SUMMARY_OF.test(t) || MEETING_SUMMARY.test(t))) continue;
    const near = lines.slice(Math.max(0, i - 1), i + 2).join('\n');
    if (MONTH.test(t) || findDates(near).length > 0) return i;
  }
  return -1;
}

/** How many outcomes the summary's items state under its heading; 0 when the page is no such summary (fewer than two). */
export function meetingSummary(seg: Segmented): number {
  if (seg.lang !== 'en') return 0;
  const lines = seg.lines.filter((l) => l.kind !== 'chrome').map((l) => l.text.trim()).filter(Boolean);
  const at = headingAt(lines.slice(0, 4));
  if (at < 0) return 0;
  const body = lines.slice(at + 1).join('\n');
  const n = countMatches(body, BODY_ACT, 100) + countMatches(body, DONE_TO, 100);
  return n >= 2 ? n : 0;
}
