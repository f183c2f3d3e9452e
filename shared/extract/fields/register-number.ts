/**
 * A register line: a header line of several "label:value" fields side by side, as a listed company's
 * announcement prints its code line ("证券代码:603602 证券简称:纵横通信 公告编号:2019-035") and a
 * disclosure page its row of particulars. The number's label is not the line's first, so the line is not
 * read as a label of its own; the number is the value after it, up to the next space.
 */
import type { Segmented } from '../segment/segment';
import type { Hit } from './header';
import { alt } from '../lexicon/build';
import { ZH_ANNOUNCEMENT, ZH_LABELS } from '../lexicon/zh';

// An announcement's own label may follow the field before it with no space where a copy lost the spaces
// ("…简称:海南高速公告编号:2024-041"), not a bare 编号, which ends other labels ("收文编号");
// and a temporary announcement's number may set its 临 apart ("公告编号:临 2022-042").
const NUMBER = new RegExp(`(?:(?:^|[\\s|｜])${alt([...ZH_ANNOUNCEMENT.numberLabels, ...ZH_LABELS.docNumber])}|(?<=[\\u3400-\\u9fff])${alt(ZH_ANNOUNCEMENT.numberLabels.filter((w) => w.length > 2))})[ \\t\\u3000]{0,2}[：:︰][ \\t\\u3000]{0,2}((?:[临臨][ \\u3000](?=\\d))?[^\\s：:︰|｜，,。；;]{1,24})`);
const FIELD = /[\u3400-\u9fff]{2,6}[ \t\u3000]{0,2}[：:︰]/g;
/** How far down the header the line may stand (past a portal's headline and menus). */
const WITHIN = 30;

export function registerNumber(seg: Segmented): Hit<string> | null {
  for (const l of seg.lines.slice(0, WITHIN)) {
    const m = NUMBER.exec(l.text);
    // Another field on the line (or, where the line wraps, a code label above it), and a number in the value.
    if (!m || m.index === undefined || !/\d/.test(m[1])) continue;
    const prev = l.i > 0 ? seg.lines[l.i - 1].text : '';
    if ((l.text.match(FIELD) ?? []).length < 2 && !/[：:︰]\s{0,2}$/.test(prev)) continue;
    const start = l.start + m.index + m[0].length - m[1].length;
    return { value: m[1], start, end: start + m[1].length, confidence: 0.85 };
  }
  return null;
}
