/**
 * Attendance told at the end of the opening sentence: "Meeting called to order at 7:39 pm with Hal
 * Allen, Eric Kerby, and Jane Rueger in attendance.", "… with Cllrs Ross and Baker present." The
 * names between "with" and "in attendance" / "present", every item a name.
 */
import { readEnAttendance } from './people';

const WITH_PRESENT = /\bwith\s+([^.;:]{3,400}?)\s+(?:in attendance|present|attending)\b/g;
/** A name-sized item, perhaps after a title: one to four capitalised words or initials. */
const NAME_ITEM = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllrs?|Councillors?|Trustees?|Directors?|Commissioners?)\.? )?\p{Lu}[\p{L}'’.-]{0,30}(?: \p{Lu}[\p{L}'’.-]{0,30}){0,3}$/u;

export function withInAttendance(text: string): string[] {
  if (text.length > 800) return [];
  for (const m of text.matchAll(WITH_PRESENT)) {
    const items = m[1].split(/,? and |, ?|,? & /).map((x) => x.trim()).filter(Boolean);
    // Two or more, every one a name: not "with most members present" nor "with the public present".
    if (items.length < 2 || !items.every((x) => NAME_ITEM.test(x))) continue;
    const names = readEnAttendance(m[1]).names;
    if (names.length >= 2) return names;
  }
  return [];
}
