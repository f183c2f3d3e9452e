/**
 * An outcome that announces its parts and counts them after it: "会议通过了四项议程。一是做出了召开…的决定，
 * 二是提请…，三是表决通过了…". The announcing sentence says only how many; each counted point ("一是…",
 * "二是…") is a decision in its own words. Demands counted so ("会议要求：一是…") are read in
 * ./meeting-directives.ts.
 */
import { ORDER, points } from './meeting-directives';

/** A sentence that announces outcomes by their number or as what follows: "通过了四项议程。", "作出如下决定：". */
const ANNOUNCES = /(?:[一二两三四五六七八九十\d]{1,3}\s?(?:项|個|个|件|条|條)[^。；;]{0,8}|如下|以下[^。；;]{0,6})[。：:]\s*$/;

export interface CountedOutcome {
  text: string;
  /** Offsets of the point's words in the line. */
  at: number;
  end: number;
}

/**
 * The counted points after an announcing sentence: `line` is the paragraph, `end` where the sentence
 * ends in it. Empty when the sentence announces none, or fewer than two points follow.
 */
export function countedOutcomes(line: string, sentence: string, end: number): CountedOutcome[] {
  if (!ANNOUNCES.test(sentence)) return [];
  const rest = line.slice(end);
  const lead = rest.length - rest.trimStart().length;
  const { at, mark } = points(rest.trimStart());
  if (at.length < 2 || mark !== '是') return [];
  const t = rest.trimStart();
  return at.map((p, k) => {
    // A point ends where the next one's mark begins, the last at its sentence's end.
    const close = t.slice(p).search(/[。；;]/);
    const stop = k + 1 < at.length ? t.lastIndexOf(ORDER[k + 1] + mark, at[k + 1]) : close < 0 ? t.length : p + close;
    const text = t.slice(p, stop).trim().replace(/[，,；;。]$/, '');
    return { text, at: end + lead + p, end: end + lead + p + text.length };
  });
}
