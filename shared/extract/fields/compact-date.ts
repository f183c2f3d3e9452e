/**
 * A labelled meeting time printed as digits run together, year first: "時間:20090523 1430~1545",
 * "时间：20190529 19:00-21:00", "Date: 20190529". Read only at the start of a time label's value,
 * where eight digits can be nothing but the date (elsewhere they may be a number or a code).
 */
import type { FoundDate } from './dates';

const COMPACT = /^[ \t\u3000]{0,3}((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/;

export function compactLabelDate(value: string): FoundDate | null {
  const m = COMPACT.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // A day the month does not have (20190231) is no date.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
  const index = m[0].length - 8;
  return { iso: `${m[1]}-${m[2]}-${m[3]}`, year, month, day, index, length: 8 };
}
