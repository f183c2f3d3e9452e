/**
 * A Chinese record whose text layer runs its lines together (a scan's or a PDF's text, a reader's
 * copy): "…會議記錄時間:102年1月15日地點:會議室主 席:趙某出席人員:如簽到表紀 錄:彭某一、報告…". No
 * pattern that reads a label at a line's start finds its header there, so the marks of a record are
 * read on a copy broken before each header label, each decision label and each formal item number.
 * Only long lines are broken: a page with its lines kept is read as it is.
 */
import { alt } from '../lexicon/build';
import { ZH_RUN_ON_BREAKS } from '../lexicon/zh';

/** A character printed spaced out in a scan's label ("主 席", "紀 錄"). */
const spacedWord = (w: string) => [...w].join('[ \\t　]?');
const LABELS = [...ZH_RUN_ON_BREAKS.labels].sort((a, b) => b.length - a.length).map(spacedWord).join('|');
/** A label and its colon (not the end of a longer word: "副主席："). */
const LABEL = new RegExp(`(?<![副正总])(?:${LABELS})[ \\t　]*[：:]`, 'g');
/** A formal item number ("贰、", "參、") anywhere, or a plain one ("二、") after a sentence or a label's value ends. */
const ITEM_INSIDE = new RegExp(`(?<=[^\\n])(?=${alt(ZH_RUN_ON_BREAKS.formal)}[ \\t　]*[、.．])|(?<=[。；;！!？?）)」”])(?=[ \\t　]*(?:[一二三四五六七八九十]{1,2}|\\d{1,2})[、．])`, 'g');
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
    return line.replace(LABEL, (m, at: number) => `${at > 0 ? '\n' : ''}${m.replace(/[ \t　]+/g, '')}`).replace(ITEM_INSIDE, '\n');
  });
  return changed ? out.join('\n') : null;
}
