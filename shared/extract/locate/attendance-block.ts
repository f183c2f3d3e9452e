/**
 * A record's attendance printed in a block of its own before the content column, as a scribe's template
 * lays it out (W3C scribe minutes: "Present / Regrets / Chair / Scribe" in a <dl> above <main>). The scorer
 * picks the minutes' text and leaves the block out, and with it who met and who chaired: it is read
 * before the content, as the metadata tables are.
 */
import { EN_ATTENDANCE_BLOCK_KEYS } from '../lexicon/en';
import { normalizeText } from '../text/normalize';

const KEYS = new Set(EN_ATTENDANCE_BLOCK_KEYS);
/** Longer than this, the block is a page's listing, not a record's attendance. */
const MAX_TEXT = 3000;

const keyOf = (el: Element): string => normalizeText(el.textContent ?? '').replace(/\s+/g, ' ').replace(/[:：]\s*$/, '').trim().toLowerCase();

/** The keys a list or table prints: a <dl>'s terms, a table's first cell of each row. */
function keysOf(block: Element): string[] {
  if (block.tagName.toLowerCase() === 'dl') return Array.from(block.querySelectorAll('dt')).map(keyOf);
  return Array.from(block.querySelectorAll('tr')).map((r) => (r.firstElementChild ? keyOf(r.firstElementChild) : ''));
}

/** Whether a box dropped with what sits beside it (a table of contents) holds `b`, below `content`. */
function inDroppedBox(b: Element, content: Element, drop: Set<Element>): boolean {
  for (let p = b.parentElement; p && p !== content; p = p.parentElement) if (drop.has(p)) return true;
  return false;
}

export function attendanceBlocks(body: Element, content: Element, drop: Set<Element>): Element[] {
  const out: Element[] = [];
  for (const b of Array.from(body.querySelectorAll('dl, table'))) {
    // Its own box may have been dropped with a table of contents beside it (W3C's "prelims"): the keys
    // decide, even where the content read is the whole page, which then skips that box.
    const inside = content.contains(b);
    if ((inside && !inDroppedBox(b, content, drop)) || b.contains(content) || out.some((o) => o.contains(b))) continue;
    if (drop.has(b)) continue;
    // Node.DOCUMENT_POSITION_FOLLOWING = 4: the block stands before the content, as a header does.
    if (!inside && !(b.compareDocumentPosition(content) & 4)) continue;
    if ((b.textContent ?? '').length > MAX_TEXT) continue;
    const keys = new Set(keysOf(b).filter((k) => KEYS.has(k)));
    if (keys.size >= 2) out.push(b);
  }
  return out;
}
