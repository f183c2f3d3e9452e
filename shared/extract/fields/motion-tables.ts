/**
 * A table of motions ("Motion Text | Moved by | Seconded by | Status"), as committees of clubs and
 * associations keep them in a shared document: each row a motion, its text the decision unless its
 * result says it was lost, withdrawn or tabled. Rows are printed with tabs, bars or wide gaps.
 */
import type { Segmented } from '../segment/segment';
import { alt } from '../lexicon/build';
import { EN_MOTION, EN_MOTION_COLUMNS } from '../lexicon/en';
import type { BlockDecision } from './motions';
import { tableCells } from '../text/table-cells';

type Column = keyof typeof EN_MOTION_COLUMNS;
const COLUMNS = (Object.keys(EN_MOTION_COLUMNS) as Column[]).map((c): [Column, RegExp] => [c, new RegExp(`^${alt(EN_MOTION_COLUMNS[c])}$`, 'i')]);
const RULE = /^[\s|:+-]{1,400}$/;
const NOT_CARRIED = new RegExp(`^(?:motion\\s)?(?:${alt(EN_MOTION.lost)})\\b`, 'i');

/** The columns a head row names, or null when it is no motion table's head. */
function headOf(text: string): (Column | null)[] | null {
  const head = tableCells(text);
  if (head.length < 2 || head.length > 8) return null;
  const cols = head.map((h) => COLUMNS.find(([, re]) => re.test(h.replace(/[:：]$/, '')))?.[0] ?? null);
  return cols.includes('text') && (cols.includes('mover') || cols.includes('seconder')) ? cols : null;
}

/** The carried motions of the motion tables between lines `from` and `to`; the lines read are added to `used`. */
export function readMotionTables(seg: Segmented, from: number, to: number, used: Set<number>): BlockDecision[] {
  const out: BlockDecision[] = [];
  for (let i = from; i < to; i++) {
    if (used.has(i)) continue;
    const cols = headOf(seg.lines[i].text);
    if (!cols) continue;
    used.add(i);
    for (let k = i + 1; k < to; k++) {
      const l = seg.lines[k];
      if (RULE.test(l.text)) {
        used.add(k);
        continue;
      }
      const row = tableCells(l.text);
      if (row.length < 2 || row.length > cols.length) break;
      const get = (c: Column) => {
        const n = cols.indexOf(c);
        return n >= 0 && n < row.length ? row[n] : '';
      };
      const text = get('text');
      if (!text) break;
      used.add(k);
      if (NOT_CARRIED.test(get('result'))) continue;
      out.push({ text, start: l.start + Math.max(0, l.text.indexOf(text)), end: l.end, assignees: [], due: null, lines: [k] });
    }
  }
  return out;
}
