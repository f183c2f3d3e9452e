/**
 * Labels as a Traditional-script record aligns them in a column, a space between their characters
 * ("決　議：照案通過", "決 議：" alone over its outcome): the same label as "決議：", so the readers that
 * count a record's outcome lines count these too.
 */
import { escapeWord } from '../lexicon/build';
import { ZH_OUTCOME_LINE_LABELS } from '../lexicon/zh';

/** Regex source of the words with at most one space (ASCII or full-width) between their characters. */
export const spacedWords = (words: readonly string[]) => `(?:${[...new Set(words)].sort((a, b) => b.length - a.length).map((w) => [...w].map(escapeWord).join('[ \\u3000]{0,2}')).join('|')})`;

/** Regex source (no anchors) of a motion's outcome label, spaced or not. */
export const SPACED_OUTCOME = spacedWords(ZH_OUTCOME_LINE_LABELS);
