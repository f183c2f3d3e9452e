/**
 * A council portal's page for one meeting, headed "Agenda and minutes" over the meeting's name and date
 * ("Wiltshire Police and Crime Panel - Thursday 14 September 2023 10.30 am", "Agenda for … on Wednesday,
 * 24th October, 2012"), each item followed by what was recorded at it: the meeting's record, not a page
 * of agendas and minutes. A section page ("Agendas & Minutes") names no one meeting.
 */
import type { Segmented } from '../segment/segment';
import { findDates } from '../fields/dates';

const ONE_MEETING_HEADING = /^agenda\s+(?:and|&)\s+minutes$/i;

/** The page is headed "Agenda and minutes" with one dated meeting named beside the heading. */
export function oneMeetingPage(seg: Segmented, title: string | null): boolean {
  if (seg.lang === 'zh' || !title || !ONE_MEETING_HEADING.test(title.trim())) return false;
  const own = seg.lines.filter((l) => l.kind !== 'chrome');
  const at = own.findIndex((l) => ONE_MEETING_HEADING.test(l.text.trim()));
  if (at < 0) return false;
  // The meeting's line just above or below the heading, one date on it.
  return own.slice(Math.max(0, at - 1), at + 3).some((l) => l.text.length <= 160 && !ONE_MEETING_HEADING.test(l.text.trim()) && findDates(l.text).length === 1);
}
