import type { Line, Linear } from '../linearize/lines';

/**
 * A PDF's text layer that prints a space between every Chinese character ("行 政 會 議 紀 錄"). No
 * word pattern matches such text, so it is read with those spaces taken out.
 */
const HAN = /[\u3007\u4e00-\u9fff]/g;
const SPACED_PAIR = /[\u3007\u4e00-\u9fff] (?=[\u3007\u4e00-\u9fff])/g;
const GAP = /([\u3007\u4e00-\u9fff\d：:（）()，。、；]) (?=[\u3007\u4e00-\u9fff\d：:（）()，。、；])/g;

/** True when at least a third of the Chinese characters are followed by a space and another one. */
export function isSpacedCjk(text: string): boolean {
  const han = text.match(HAN)?.length ?? 0;
  const pairs = text.match(SPACED_PAIR)?.length ?? 0;
  return han >= 20 && pairs * 3 >= han;
}

/** The text with each single space between two Chinese characters (or their digits and punctuation) taken out. */
export function unspaceCjk(text: string): string {
  return text.replace(GAP, '$1');
}

/**
 * The lines with those spaces taken out, joined anew so each offset points into the new text
 * (spans then quote the text without the spaces); null when the text is not spaced that way.
 */
export function unspaceLinear(lin: Linear): Linear | null {
  if (!isSpacedCjk(lin.text)) return null;
  const lines: Line[] = [];
  let text = '';
  for (const l of lin.lines) {
    const t = unspaceCjk(l.text);
    if (lines.length) text += '\n';
    const start = text.length;
    text += t;
    lines.push({ ...l, text: t, start, end: start + t.length });
  }
  return { text, lines };
}

/** A heading in capitals set out letter by letter, or in small groups a scan left ("A G E N D A", "AG E N DA"). */
const SPACED_CAPS = /^(?:\p{Lu}{1,2} ){2,}\p{Lu}{1,2}$/u;

/** The line's letters joined when it is a heading spaced out in capitals; the line as it was otherwise. */
export function unspaceCaps(line: string): string {
  const t = line.trim();
  return SPACED_CAPS.test(t) ? t.replace(/ /g, '') : line;
}
