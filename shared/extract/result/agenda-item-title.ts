/**
 * A minutes title that is an item of an agenda: the page opens on an agenda dated for its meeting
 * ("04/07/2020 City Commission Meeting Agenda", "TOWN MEETING AGENDA January 21, 2025") and the title
 * names the minutes of another date to be approved ("Minutes from March 18, 2020 meeting"). It marks
 * no record; the agenda printed above the minutes of the same meeting (one date) keeps its title.
 */
import type { Segmented } from '../segment/segment';
import type { Hit } from '../fields/header';
import { findDates } from '../fields/dates';

/** How far down the page an agenda's heading is looked for. */
const TOP = 8;

export function titleIsAgendaItem(seg: Segmented, title: Hit<string>): boolean {
  if (seg.lang !== 'en') return false;
  const titleDate = findDates(title.value)[0];
  if (!titleDate?.year) return false;
  const above = seg.lines.filter((l) => l.end <= title.start).slice(0, TOP);
  // The agenda's date on its heading's line or the line under it ("TOWN MEETING AGENDA" / "January 27, 2025 – 7:00 PM").
  for (let k = 0; k < above.length; k++) {
    if (above[k].text.length > 160 || !/\bagenda\b/i.test(above[k].text)) continue;
    const date = [above[k], above[k + 1]].flatMap((l) => (l ? findDates(l.text) : [])).find((d) => !!d.year);
    if (date) return date.iso !== titleDate.iso;
  }
  return false;
}
