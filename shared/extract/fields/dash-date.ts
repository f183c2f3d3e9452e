/**
 * A numeric date with dashes, day first: "29-01-2022", "Date : 31-03-2018", as Indian, British and most
 * European minutes print it. Read as the slashed and dotted forms are (12/03/2021): day first unless the
 * numbers cannot be a day and a month that way round (03-25-2021 is month first). Only with a full year of
 * four digits, and no dash or digit around it, since "1-2-10" numbers a clause and "555-12-2022" is no date.
 */
export const DASH_DATE = {
  re: /(?<![\d/.-])(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?![\d-])/g,
  read: (m: RegExpExecArray): [string | null, number, number] => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return b > 12 && a <= 12 ? [m[3], a, b] : [m[3], b, a];
  },
};
