/**
 * A date printed with dashes and its year last: "Date : 29-01-2022", "held on 31-03-2018" (day first, as
 * Indian, British and African offices print it), "03-25-2021" (month first, as American ones do). Which
 * way round is known only where one number cannot be a month; "05-11-2020" may be either and is left
 * unread. A four-digit year only, and nothing run on with another dash or digit ("2009-10-2010", a
 * code "12-3-20-2021").
 */
type Read = (m: RegExpExecArray) => [string | null, number, number];

export const DAY_FIRST_DASHES = /(?<![\d/.-])(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?![\d/-])/g;

export const readDayFirstDashes: Read = (m) => {
  const a = Number(m[1]);
  const b = Number(m[2]);
  // Neither way round sure: no month (0) leaves it unread.
  if (a <= 12 && b <= 12) return [m[3], 0, 0];
  return b > 12 ? [m[3], a, b] : [m[3], b, a];
};
