/**
 * A page that is mostly dates, one to a line ("26th Jun 2023" / "4th May 2023" / …, "Minutes 14 Oct 2024"):
 * a school's or a board's list of its meetings, each date a link to that meeting's papers, under a
 * sentence or two about them. It reads as no one meeting's record, whatever those sentences say.
 */
import type { Segmented } from '../segment/segment';
import { findDates } from '../fields/dates';

/** Words a list prints beside each date ("Minutes", "Agenda", "pdf", "Approved"), and what is not a letter. */
const BESIDE_DATE = /\b(?:minutes|mins|agenda|meeting|pdf|docx?|approved|draft)\b|[^\p{L}]/giu;

/** A short line that is one date and little else. */
function dateOnly(text: string): boolean {
  const t = text.trim();
  if (t.length > 40) return false;
  const dates = findDates(t);
  if (dates.length !== 1) return false;
  const rest = (t.slice(0, dates[0].index) + t.slice(dates[0].index + dates[0].length)).replace(BESIDE_DATE, '');
  return rest.length <= 3;
}

/** Five lines or more that are dates alone, half the page's own lines or more. */
export function dateList(seg: Segmented): boolean {
  const own = seg.lines.filter((l) => l.kind !== 'chrome');
  const dated = own.filter((l) => dateOnly(l.text)).length;
  return dated >= 5 && dated * 2 >= own.length;
}
