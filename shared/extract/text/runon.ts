/**
 * A Chinese record whose text layer runs its lines together (a scan's or a PDF's text, a reader's
 * copy): "…會議記錄時間:102年1月15日地點:會議室主 席:趙某出席人員:如簽到表紀 錄:彭某一、報告…". No
 * pattern that reads a label at a line's start finds its header there, so the marks of a record are
 * read on a copy broken before each header label, each decision label and each formal item number.
 * Only long lines are broken: a page with its lines kept is read as it is.
 */
import type { Line, Linear } from '../linearize/lines';
import { ZH_RUN_ON_BREAKS } from '../lexicon/zh';
import { itemMarkAt } from './item-numbers';

/** A character printed spaced out in a scan's label ("主 席", "紀 錄"). */
const spacedWord = (w: string) => [...w].join('[ \\t　]?');
const LABELS = [...ZH_RUN_ON_BREAKS.labels].sort((a, b) => b.length - a.length).map(spacedWord).join('|');
/** A label and its colon (not the end of a longer word: "副主席："). */
const LABEL = new RegExp(`(?<![副正总])(?:${LABELS})[ \\t　]*[：:]`, 'g');
/** Where a sentence or a label's value ends, so a plain item number ("二、") may follow. */
const CLOSES = /[。；;！!？?）)」”]/;

/** The offsets where an item starts inside the text: a formal number ("贰、") anywhere but a line's start, a plain one after a close. */
function itemBreaks(text: string): number[] {
  const out: number[] = [];
  for (let k = 1; k < text.length; k++) {
    if (text[k - 1] !== '\n' && itemMarkAt(text, k, ['formal'])) out.push(k);
    else if (CLOSES.test(text[k - 1])) {
      // The cut falls before the space that sets the number off.
      const j = k + (/^[ \t　]*/.exec(text.slice(k))?.[0].length ?? 0);
      const m = itemMarkAt(text, j, ['cn', 'arabic']);
      if (m && m.sep !== '.') out.push(k);
    }
  }
  return out;
}

/** The text with a line break at each offset. */
function breakAt(text: string, at: number[]): string {
  return at.reduceRight((t, k) => `${t.slice(0, k)}\n${t.slice(k)}`, text);
}

/** A line this long that holds two labels inside it is run on. */
const LONG = 150;

/** The text with its run-on lines broken before their labels and items; null when no line is run on. */
export function breakRunOnZh(text: string): string | null {
  let changed = false;
  const out = text.split('\n').map((line) => {
    if (line.length < LONG) return line;
    // Two labels inside the line, not one opening it: a header run together.
    const inside = [...line.matchAll(LABEL)].filter((m) => m.index > 0);
    if (inside.length < 2) return line;
    changed = true;
    // Each label on a line of its own, its spaced characters closed up ("主 席:" → "主席:").
    const labelled = line.replace(LABEL, (m, at: number) => `${at > 0 ? '\n' : ''}${m.replace(/[ \t　]+/g, '')}`);
    return breakAt(labelled, itemBreaks(labelled));
  });
  return changed ? out.join('\n') : null;
}

/** Where a run-on line breaks: before each label inside it and each item after a close; none when the line is not run on. */
function runOnBreaks(line: string): number[] {
  if (line.length < LONG) return [];
  const inside = [...line.matchAll(LABEL)].filter((m) => m.index > 0).map((m) => m.index);
  if (inside.length < 2) return [];
  return [...new Set([...inside, ...itemBreaks(line)])].sort((a, b) => a - b);
}

/**
 * The same breaks made in the lines the fields read, each piece a line of its own with its offsets
 * into the printed text kept, so a run-on record's title, header labels and items are found where a
 * record printed line by line has them.
 */
export function splitRunOnZh(lin: Linear): Linear {
  let changed = false;
  const lines: Line[] = [];
  for (const l of lin.lines) {
    const at = /[\u3400-\u9fff]/.test(l.text) ? runOnBreaks(l.text) : [];
    if (!at.length) {
      lines.push(l);
      continue;
    }
    changed = true;
    [0, ...at].forEach((from, k) => {
      const to = k < at.length ? at[k] : l.text.length;
      const piece = l.text.slice(from, to);
      const text = piece.trim();
      if (!text) return;
      const lead = piece.length - piece.trimStart().length;
      lines.push({ text, start: l.start + from + lead, end: l.start + from + lead + text.length, gapBefore: k === 0 ? l.gapBefore : false });
    });
  }
  return changed ? { ...lin, lines } : lin;
}
