/**
 * A minutes title that carries the meeting's own date ("費利蒙中文學校 家長大會會議記錄 11/9/2013",
 * "Board Meeting Minutes – 4 March 2021") over numbered items is one meeting's record, even where
 * the fields find no presider, roll or decision (a record of reports heard): a page about minutes
 * (a guide, a list) names no one meeting's date in its title.
 */
import { findDates } from '../fields/dates';

/** `numberedItems`: the numbered lines that are not an agenda's items to be taken ("To approve …", "审议…"). */
export function datedTitleRecord(title: string | null, numberedItems: number): boolean {
  if (!title || numberedItems < 2) return false;
  return findDates(title).length > 0 || /\b\d{1,2}\/\d{1,2}\/\d{4}\b/.test(title);
}
