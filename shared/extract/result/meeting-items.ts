/**
 * The meeting's own voice opening a list of items: "会议讨论研究了下列事项：一是…二是…",
 * "会议要求：\n一、…\n二、…", "會上，經充分討論研究，決定以下事項：1、…2、…". A record states what
 * its meeting did item by item; a story about a meeting itemises a leader's speech instead
 * ("某某强调，…一是要…"), and a notice lists its time and place ("会议时间：").
 */
import type { Segmented } from '../segment/segment';
import { alt } from '../lexicon/build';
import { ZH_ITEMISED_ACTS, ZH_ITEMISED_NOT, ZH_RECORD } from '../lexicon/zh';

/** A clause opened by the meeting, naming what it did, ending at a colon; what follows the colon on its line is captured. */
const OPENS_LIST = new RegExp(
  `(?:^|[。；;！])[ \\t　]{0,4}(?:${alt(ZH_RECORD.voices)})(?!的?${alt(ZH_ITEMISED_NOT)})[^。；;：:\\n]{0,24}?${alt(ZH_ITEMISED_ACTS)}[^。；;：:\\n]{0,12}[：:]([^\\n]{0,8})`,
);
const FIRST_ITEM = /^[ \t　]{0,4}(?:一是|[1１][.、．，,]|一[、.．]|[（(][一1１][）)]|第一|①)/;
const SECOND_ITEM = /(?:二是|(?:^|[^\d])[2２][.、．，,]|二[、.．]|[（(][二2２][）)]|第二|②)/m;

export function meetingItems(seg: Segmented): boolean {
  if (seg.lang !== 'zh') return false;
  const lines = seg.lines;
  for (let i = 0; i < lines.length; i++) {
    const m = OPENS_LIST.exec(lines[i].text);
    if (!m) continue;
    const rest = m[1].trim();
    const next = lines.slice(i + 1).find((l) => l.text.trim() !== '')?.text ?? '';
    if (!FIRST_ITEM.test(rest === '' ? next : rest)) continue;
    // The list goes on: a second item below the first, on its line or the lines after.
    const after = [lines[i].text.slice(m.index + m[0].length), ...lines.slice(i + 1, i + 12).map((l) => l.text)].join('\n').slice(0, 2000);
    if (SECOND_ITEM.test(after)) return true;
  }
  return false;
}
