import type { Linear, Line } from './lines';

/**
 * Text hard-wrapped at a fixed width, as scanned or typed minutes print it ("… Boyd moved, second by
 * Campbell," / "to approve the order of the agenda as revised."): a sentence broken across lines is
 * joined again, so it is read as one. A line is joined to the one before it when that one runs to the
 * wrap's width without closing its sentence and this one opens in lower case, which no heading, label
 * or list item does. Only where wrapping is the page's habit (several such breaks), so a page's one
 * lower-case line stays as printed. The joined line keeps its offsets: the break becomes a space.
 */
const OPEN_END = /[\p{Ll},;'’")\d-]$/u;
const LOWER_START = /^\p{Ll}/u;
/** The most lines a sentence is joined over. */
const MOST = 6;

export function joinWrappedLines(lin: Linear): Linear {
  const ls = lin.lines;
  if (/[\u3400-\u9fff]/.test(lin.text.slice(0, 2000))) return lin;
  // A note in Markdown is wrapped as its author typed it, its items and keys on lines of their own.
  if (ls.filter((l) => /^(?:[-*+]\s|#{1,6}\s|\p{Ll}[\w-]*\s?[:=]\s)/u.test(l.text)).length >= 3) return lin;
  const breaks = (i: number) => i > 0 && ls[i - 1].text.length >= 40 && !ls[i].gapBefore && OPEN_END.test(ls[i - 1].text) && LOWER_START.test(ls[i].text) && /^\s+$/.test(lin.text.slice(ls[i - 1].end, ls[i].start));
  let count = 0;
  for (let i = 1; i < ls.length; i++) if (breaks(i)) count++;
  if (count < 3) return lin;
  const lines: Line[] = [];
  let run = 0;
  for (let i = 0; i < ls.length; i++) {
    const prev = lines[lines.length - 1];
    if (prev && breaks(i) && run < MOST) {
      const end = ls[i].end;
      lines[lines.length - 1] = { ...prev, end, text: lin.text.slice(prev.start, end).replace(/\s/g, ' ') };
      run++;
      continue;
    }
    lines.push(ls[i]);
    run = 0;
  }
  return { ...lin, lines };
}
