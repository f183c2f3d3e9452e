import { inlineHtmlAsText } from '../text/inline-html';
import { normalizeText } from '../text/normalize';
import { splitPortalBar } from './portal-bar';
import { runOnItemCuts, runOnMarkCuts } from './run-on-items';

/** One line of the linearized document, with its offsets into the joined text. */
export interface Line {
  /** The line as printed, trimmed. */
  text: string;
  /** Offset of `text` in the joined text. */
  start: number;
  end: number;
  /** True when a blank line (or a paragraph gap) came before this one. */
  gapBefore: boolean;
}

/** The whole document as lines, and the text every offset points into. */
export interface Linear {
  text: string;
  lines: Line[];
}

const INLINE_LABEL =
  /(?<!\bIn)\s(?=(?:(?:[A-Z][a-z]+ )?Present(?: at (?:the )?[Mm]eeting)?|Attendance|Attendees|Attending|(?:Chaired|Presided(?: over)?) by|Attended(?: by)?|Minute[- ]?[Tt]aker|Minutes (?:taken|recorded) by|Apologies(?: for [Aa]bsence)?|In [Aa]ttendance|Absent|Item \d{1,3}(?:[./]\d{1,3})?|Minutes of the [Pp]revious [Mm]eeting|Matters [Aa]rising|Any [Oo]ther [Bb]usiness|Date of [Nn]ext [Mm]eeting|Action(?: [Ii]tems?)?|RESOLVED|Resolved)\s?:)/g;

/** A roll's label once a sentence has ended on its line: "… called to order at 7:03 pm. Members present: A, B, C.", "Selectmen present: …". */
const LABEL_AFTER_SENTENCE = /(?<=\p{Ll}{2}[.;]|\b[ap]\.?m\.|\d[ap]m\.)\s(?=(?:\p{Lu}\p{Ll}+(?:\s+\p{L}+)?\s+)?(?:[Pp]resent|[Aa]bsent|Apologies|In attendance|Attendance|Attendees|Attending)\s?:)/gu;

/**
 * A document stored as one run-on paragraph ("… 7:00pm Present: Chair: … Apologies for absence: …
 * Item 1/13: …") is cut at its inline section labels, so each part is read as a line of its own;
 * a shorter line only at a roll's label after a sentence.
 */
export function splitRunOn(lin: Linear): Linear {
  const lines: Line[] = [];
  for (const l of lin.lines.flatMap(splitPortalBar)) {
    const long = l.text.length >= 300;
    // A heading run into the record ("Minutes of the … Meeting Held on … Members Present: …") is read whole by the title's reader.
    if ((!long && (l.text.length < 40 || /\bminutes\b/i.test(l.text))) || /[\u3400-\u9fff]/.test(l.text)) {
      lines.push(l);
      continue;
    }
    const cut = long ? INLINE_LABEL : LABEL_AFTER_SENTENCE;
    let last = 0;
    let gap = l.gapBefore;
    cut.lastIndex = 0;
    const at: number[] = [];
    for (let m = cut.exec(l.text); m; m = cut.exec(l.text)) at.push(m.index);
    // Its items counted 1., 2., 3. (and their a), b), c)) part a long line too.
    // So do its bullets and its minutes numbered 167.0, 167.1, 168.0.
    const cuts = long ? [...new Set([...at, ...runOnItemCuts(l.text), ...runOnMarkCuts(l.text)])].sort((a, b) => a - b) : at;
    for (const index of cuts) {
      const part = l.text.slice(last, index);
      if (part.trim()) {
        const lead = part.length - part.trimStart().length;
        lines.push({ text: part.trim(), start: l.start + last + lead, end: l.start + last + lead + part.trim().length, gapBefore: gap });
        gap = false;
      }
      last = index + 1;
    }
    const part = l.text.slice(last);
    const lead = part.length - part.trimStart().length;
    if (part.trim()) lines.push({ text: part.trim(), start: l.start + last + lead, end: l.start + last + lead + part.trim().length, gapBefore: gap });
  }
  return { ...lin, lines };
}

/** Splits a plain text into trimmed, non-empty lines, keeping their offsets. */
export function linesFromText(raw: string): Linear {
  // Text that carries HTML tags is read as the page they render to (text/inline-html.ts).
  const text = normalizeText(inlineHtmlAsText(raw) ?? raw);
  const lines: Line[] = [];
  let pos = 0;
  let gap = false;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let a = pos;
    let b = nl;
    while (a < b && text.charCodeAt(a) === 32) a++;
    while (b > a && text.charCodeAt(b - 1) === 32) b--;
    // A table copied as text with each cell closed by a bar ("Present |", "Mayor Wise, … Taylor |"):
    // the closing bar is the cell's edge, not its text. A Markdown row opens with its bar and keeps it.
    // A row of several cells ("会议时间 | 2026.1.5 |") keeps its bars: table readers part it by them.
    if (b - a > 2 && text.charCodeAt(b - 1) === 124 && text.charCodeAt(b - 2) === 32 && text.charCodeAt(a) !== 124 && text.indexOf('|', a) === b - 1) {
      b--;
      while (b > a && text.charCodeAt(b - 1) === 32) b--;
    }
    if (b > a) {
      lines.push({ text: text.slice(a, b), start: a, end: b, gapBefore: gap });
      gap = false;
    } else if (lines.length) gap = true;
    pos = nl + 1;
  }
  return { text, lines };
}
