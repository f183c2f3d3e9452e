import { normalizeText } from './normalize';

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

/** Splits a plain text into trimmed, non-empty lines, keeping their offsets. */
export function linesFromText(raw: string): Linear {
  const text = normalizeText(raw);
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
    if (b > a) {
      lines.push({ text: text.slice(a, b), start: a, end: b, gapBefore: gap });
      gap = false;
    } else if (lines.length) gap = true;
    pos = nl + 1;
  }
  return { text, lines };
}
