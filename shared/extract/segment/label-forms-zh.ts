/**
 * A header's attendance or chair label printed in a form the label reader misses, read as the same
 * label with its colon:
 * - set off by a full-width semicolon ("参会者；张三、李四"), the key beside the colon's;
 * - set off by spaces alone, the names after it parted by spaces too ("出席委员 邱某 陈某 温某",
 *   "请假委员 许某 周某"), as a gazette or a form's row prints it (a list only: one word after
 *   "主持人 " may be no name);
 * - in bold under a Markdown "*" bullet ("* **与会人员**: 张三、李四"), which the reader takes for bold
 *   marks alone;
 * - in a Markdown heading, set apart from its value by wide spaces ("###会议时间   2016.3.12 晚8点").
 */
import { parseLabel, type Label } from './labels';
import { LOOSE_LABELS } from './loose-labels';
import { plausibleName } from '../fields/people';

const KINDS = new Set(['attendance', 'absence', 'presider', 'recorder']);

/** The label words, then a full-width semicolon: "参会者；…". */
const SEMI = /^(\s*(?:[-*+•]\s+)?[\u3400-\u9fff]{2,8})\s*；\s*(?=\S)/;
/** The label words, then spaces (one or more, ASCII or full-width): "出席委员 邱某…". */
const SPACED = /^(\s*[\u3400-\u9fff]{2,6})[ \t\u3000]+(?=[\u3400-\u9fff])/;
/** A label's words, perhaps under hashes, then wide spaces or a tab: "###会议时间   …", "会议主持人\t萧会长维毅" (a form's row). */
const HEADED_ROW = /^\s*(?:#{1,6}\s*)?([\u3400-\u9fff]{2,6})(?:[ \u3000]{2,}|\t)(?=\S)/;
const ROW_KINDS = new Set(['attendance', 'absence', 'presider', 'recorder', 'time', 'place']);
/** A "*" bullet, then a label in bold: "* **与会人员**:". */
const STAR_BOLD = /^(\s*\*\s+)(?=(?:\*\*|__)[^*_\n]{1,30}(?:\*\*|__)?\s*[：:])/;

/**
 * The value is a list of personal names: no figure in it ("委员出席 111人" is a count), and most items
 * a name of two to four characters (a roll may print "余 天" spaced, or a name with its romanisation).
 */
/** A name of two characters printed spaced apart in a roll ("余 天"), joined again. */
const joinSpaced = (value: string) => value.replace(/(?<=^|[ \t\u3000])([\u3400-\u9fff])[ \t\u3000]([\u3400-\u9fff])(?=[ \t\u3000]|$)/g, '$1$2');

const namesOnly = (value: string, least: number): boolean => {
  if (/[\d０-９]/.test(value)) return false;
  const items = joinSpaced(value).split(/[ \t\u3000、，,]+/).filter(Boolean);
  const names = items.filter((x) => {
    const n = x.replace(/(?:先生|女士|同志)$/, '');
    return /^[\u3400-\u9fff]{2,4}$/.test(n) && plausibleName(n);
  }).length;
  return names >= least && names >= items.length * 0.7;
};

const asKind = (l: Label | null): Label | null => (l && KINDS.has(l.kind) && l.value ? l : null);

/** The label such a line opens with, its value placed in the line as printed; null for any other line. */
export function zhLabelForm(text: string): Label | null {
  const star = text.match(STAR_BOLD);
  if (star) {
    const l = asKind(parseLabel(text.slice(star[0].length), LOOSE_LABELS));
    return l ? { ...l, valueAt: l.valueAt + star[0].length, bulleted: true } : null;
  }
  const semi = text.match(SEMI);
  if (semi) {
    const l = asKind(parseLabel(`${semi[1]}：${text.slice(semi[0].length)}`, LOOSE_LABELS));
    return l ? { ...l, valueAt: semi[0].length } : null;
  }
  // A Markdown heading holding a header's row, the value set apart by wide spaces ("###会议时间   2016.3.12 晚8点",
  // "####主持人   王昕"): a form's row, whatever the value.
  const row = text.match(HEADED_ROW);
  if (row) {
    const value = text.slice(row[0].length).trim();
    const l = parseLabel(`${row[1]}：${value}`, LOOSE_LABELS);
    if (l && ROW_KINDS.has(l.kind) && l.value) return { ...l, valueAt: row[0].length };
  }
  const spaced = text.match(SPACED);
  if (spaced) {
    const value = text.slice(spaced[0].length).trim();
    const l = asKind(parseLabel(`${spaced[1]}：${value}`, LOOSE_LABELS));
    // The names parted by the list's mark, so one printed oddly ("余 天", "伍某Saidhai Tahovecahe") does not hold the rest together.
    // A list of two names or more: one word after a chair's label ("主持人 致辞") may be no name.
    if (l && (l.kind === 'attendance' || l.kind === 'absence') && namesOnly(value, 2)) return { ...l, value: joinSpaced(value).split(/[ \t\u3000]+/).join('、'), valueAt: spaced[0].length };
  }
  return null;
}
