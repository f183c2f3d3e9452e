/**
 * A form's rows left blank: a table whose rows hold a field's name and nothing beside it
 * ("| **会议时间** |          |", "| Date | |"). A template's header is printed so, its values to be
 * filled in; a record's header, even a short one, has them filled.
 */
import type { Segmented } from '../segment/segment';

/** A label cell, then only empty cells: the row's value left blank. */
function blankRow(text: string): boolean {
  if (!text.includes('|')) return false;
  const cells = text.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.replace(/[*_]/g, '').trim());
  if (cells.length < 2) return false;
  const [label, ...rest] = cells;
  // A separator row ("| --- | --- |") is no field.
  // A count ("5座1人") or a number is a row's content, no field's name.
  if (!label || label.length > 20 || /^[-:]+$/.test(label) || /\d/.test(label)) return false;
  return rest.every((c) => c === '');
}

/** How many of the page's rows are a field left blank. */
export function blankFormRows(seg: Segmented): number {
  return seg.lines.filter((l) => blankRow(l.text)).length;
}
