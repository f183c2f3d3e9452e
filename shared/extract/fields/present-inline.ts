/**
 * A short record runs its opening into one line, the attendance label in the middle of it: "Call to
 * Order: 3:50 p.m. Pledge of Allegiance Trustees Present: Nordquist, Lofdahl, Hudson", "1. Call to order
 * and roll call – Present: Baker, Dunn, Foster". The names after the label, to the line's end or the
 * next label ("Absent:"), are those present.
 */
import { readEnAttendance } from './people';

/** The label inside the line, after other words: a group word maybe, then Present / In Attendance, then its colon. */
const INLINE_LABEL = /[\p{L}\d.)–—-] {1,3}(?:(?:Members|Trustees|Directors|Councillors|Councilors|Councilmembers|Commissioners|Supervisors|Governors|Board|Council) )?(?:Present|In Attendance|Attending|Attendees) ?: ?/gu;
/** A following label ends the list: "Absent:", "Members Absent:", "Also Present:", "Staff:". */
const NEXT_LABEL = /(?:^|[ .;,])(?:(?:Members|Trustees|Directors|Councillors|Commissioners|Board|Council|Staff) )?(?:Absent|Excused|Apologies|Regrets|Also Present|Staff|Guests|Others)\b ?:/;
/** A name-sized item: one to four capitalised words or initials. */
const NAME_ITEM = /^(?:\p{Lu}[\p{L}'’.-]{0,30})(?: \p{Lu}[\p{L}'’.-]{0,30}){0,3}$/u;

/** The names after an attendance label standing inside a line; [] when there is none or the list is no list of names. */
export function presentInline(text: string): string[] {
  if (text.length > 600) return [];
  for (const m of text.matchAll(INLINE_LABEL)) {
    let rest = text.slice((m.index ?? 0) + m[0].length);
    const next = NEXT_LABEL.exec(rest);
    if (next) rest = rest.slice(0, next.index);
    const items = rest.replace(/[.;]\s{0,3}$/, '').split(/, ?| and /).map((x) => x.trim()).filter(Boolean);
    // A list of at least two, every item a name: not a sentence that happens to say "present:".
    if (items.length < 2 || !items.every((x) => NAME_ITEM.test(x))) continue;
    const names = readEnAttendance(rest).names;
    if (names.length >= 2) return names;
  }
  return [];
}
