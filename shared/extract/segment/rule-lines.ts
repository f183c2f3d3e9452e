/**
 * Lines that are only a rule: a Setext heading's underline ("Resolutions" over "-----------"), a
 * Markdown or plain-text thematic break ("***", "=====", "_____"). They carry no words, so no stage
 * may take one for an item, a heading or a name; the heading above stays a line of its own, and the
 * line below starts a new block as after a blank line.
 */
import type { Linear } from '../linearize/lines';

/** Three or more of one rule character, spaced or not, and nothing else. */
const RULE = /^(?:-(?: ?-){2,199}|=(?: ?=){2,199}|_(?: ?_){2,199}|\*(?: ?\*){2,199}|~(?: ?~){2,199})$/;

export function isRuleLine(text: string): boolean {
  return RULE.test(text);
}

/** The lines without those made only of a rule; the line after a rule opens a block. */
export function withoutRuleLines(lin: Linear): Linear {
  if (!lin.lines.some((l) => isRuleLine(l.text))) return lin;
  const lines: Linear['lines'] = [];
  let gap = false;
  for (const l of lin.lines) {
    if (isRuleLine(l.text)) {
      gap = true;
      continue;
    }
    lines.push(gap ? { ...l, gapBefore: true } : l);
    gap = false;
  }
  return { ...lin, lines };
}
