/**
 * How a note page (GitHub, HackMD, a wiki) prints a record's numbered items: the same items, their
 * numbers dressed in Markdown. Pure functions of a case's text, made from how such pages are written,
 * never from a case.
 */

/** A line's item number: "1.", "1)", "(1)", "一、", "（一）", "1.1". */
// A number's mark is required ("2017年" is no item); "1.1" is marked by its point.
const NUMBER = /^(\s*)((?:\d{1,2}(?:[.．]\d{1,2})+[.．、)]?(?=\s)|\d{1,2}[.．、)](?!\d)|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]))(\s*)(?=\S)/;

const mapLines = (t: string, f: (l: string) => string) => t.split('\n').map(f).join('\n');

/** "1. Text" → "**1.** Text". */
export const boldNumbers = (t: string): string => mapLines(t, (l) => l.replace(NUMBER, (_, sp, n) => `${sp}**${n}** `));

/** "1. Text" → "### 1. Text": each item a heading. */
export const headingNumbers = (t: string): string => mapLines(t, (l) => l.replace(NUMBER, (_, sp, n) => `${sp}### ${n} `));

/** "1. Text" → "- [ ] Text": an item a task, its number dropped. */
export const taskItems = (t: string): string => mapLines(t, (l) => l.replace(NUMBER, (_, sp) => `${sp}- [ ] `));

/** "1. Text" → "- 1. Text": a bullet before the number (a list pasted into a list). */
export const bulletedNumbers = (t: string): string => mapLines(t, (l) => l.replace(NUMBER, (_, sp, n) => `${sp}- ${n} `));

/** "1. Text" → "1." / "Text": the number on a line of its own (a PDF's number column, a table's first cell). */
export const numberAlone = (t: string): string => mapLines(t, (l) => l.replace(NUMBER, (_, sp, n) => `${sp}${n}\n`));

/** "1. Text" → "- Text": the items bulleted, their numbers dropped. */
export const bulletItems = (t: string): string => mapLines(t, (l) => l.replace(NUMBER, (_, sp) => `${sp}- `));
