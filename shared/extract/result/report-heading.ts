/**
 * A page headed as a report ("Secretary's report 2016", "School Council Report", "Chair's Report"): an
 * officer's or a newsletter's account of the year or of a meeting, not the meeting's record. Minutes
 * head themselves with the meeting (or "Minutes"); a "Meeting Report" some bodies publish as their
 * record is left to the other readings. So is a digest addressed to the members ("Information to members
 * following 12 March Board meeting"): what the board chose to tell them, not its minutes.
 */
import type { Segmented } from '../segment/segment';

const REPORT_HEAD = /\breports?(?:\s+(?:for\s+)?\d{4}(?:[-/]\d{2,4})?)?\s*$/i;
const TO_MEMBERS_HEAD = /^(?:information|news|an?\s+update|update|report|briefing|feedback|summary)\s+(?:to|for)\s+(?:all\s+)?(?:members|parents|residents|the\s+membership|shareholders|owners)\b.*\b(?:following|after|from)\b.*\bmeeting\b/i;
const RECORD_WORDS = /\bminutes\b|\bnotes of\b|\brecord of\b|\bmeeting report\b/i;

/** The page's first line names it a report, and its opening names no minutes. */
export function reportHeading(seg: Segmented): boolean {
  if (seg.lang !== 'en') return false;
  const lines = seg.lines.filter((l) => l.kind !== 'chrome' && l.text.trim()).slice(0, 3);
  const first = lines[0]?.text.replace(/^[#*\s]+|[#*\s]+$/g, '') ?? '';
  // Its headings, not its sentences: a report telling that "the minutes of the 2016 AGM were agreed" is still a report.
  if (RECORD_WORDS.test(lines.filter((l) => l.text.trim().length <= 100).map((l) => l.text).join('\n'))) return false;
  return (first.length <= 60 && REPORT_HEAD.test(first)) || lines.some((l) => TO_MEMBERS_HEAD.test(l.text.trim()));
}
