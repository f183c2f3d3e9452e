/**
 * Notes often print who attended by how they took part: the list under "Present:", then a line of its own
 * for the rest ("Joining: Sebastien D.", "線上組：Peace、tumi", "Via Telecon: Clrs A, B" above "Staff in
 * Attendance: …"). When such a group beside the list gave it none of its names, the list as read is
 * short of the one printed: a reading, not a sure list.
 */
import type { SegLine } from '../segment/segment';
import { alt } from '../lexicon/build';
import { EN_ATTEND_MODES } from '../lexicon/en';
import { ZH_ATTEND_MODES } from '../lexicon/zh';

/** A mode label, up to three words before or after the mode word, then its colon and a value. */
const MODE_LABEL = new RegExp(
  `^[\\s\\-•*]{0,4}(?:[\\p{L}&/]{1,20} ){0,3}(?:${alt(EN_ATTEND_MODES)}|${alt(ZH_ATTEND_MODES)})(?: ?[\\p{L}&/()（）]{1,20}){0,3} ?[:：](.{2,400})$`,
  'iu',
);
/** Where a link or a code follows the label, it is the meeting's address, not people ("線上參與連結：https://…"). */
const NOT_PEOPLE = /https?:|www\.|\d{3}|@\S+\.\S|[。.!?]$/;
/** Lines either side of the list looked at (a group sits beside the list it completes). */
const REACH = 3;

/** The items of a group's value, with asides in brackets dropped ("L Wilson (LW) (Chair)" → "L Wilson"). */
export function items(value: string): string[] {
  return value
    .replace(/[(（][^()（）]{0,40}[)）]/g, ' ')
    .split(/[,，、;；]|\s(?:and|&|及|和)\s/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** Whether a mode group beside the list (first..last lines) names people the list did not take. */
export function modeGroupUnread(lines: readonly SegLine[], first: SegLine, last: SegLine, names: readonly string[]): boolean {
  const near = [...lines.slice(Math.max(0, first.i - REACH), first.i), ...lines.slice(last.i + 1, last.i + 1 + REACH)];
  const taken = (x: string) => names.some((n) => n.length >= 2 && (x.includes(n) || n.includes(x)));
  return near.some((l) => {
    const m = MODE_LABEL.exec(l.text);
    if (!m || NOT_PEOPLE.test(m[1])) return false;
    const got = items(m[1]);
    // Name-sized items only: a sentence after a colon ("Online: the survey closes Friday") is no group.
    if (!got.length || got.some((x) => x.split(/\s+/).length > 5 || x.length > 40)) return false;
    return !got.some(taken);
  });
}
