/**
 * Outcomes a meeting reached, stated in words other than "会议决定 / 同意 / 通过": people elected to
 * an office ("选举增补刘某、冯某等6位同志为常务理事", "选举产生了张某为主任委员"), and a consensus
 * reached with its points below it ("最后就具体办案等事宜达成共识：\n一、…"). A story narrates a
 * leader's speech; a notice calls a meeting that will elect ("将选举…"): neither states these as done.
 */
import type { Segmented } from '../segment/segment';
import { alt } from '../lexicon/build';
import { ZH_CONSENSUS_REACHED, ZH_ELECTED_OFFICES, ZH_ELECTS } from '../lexicon/zh';

/** "选举X为Y", the act done: not after 将 / 拟 / 定于, and Y an office. */
const ELECTED_ZH = new RegExp(`(?<![将將拟擬于於])(?:${alt(ZH_ELECTS)})了?[^。；;，,\\n]{0,40}?[为為](?:[^。；;，,\\n]{0,20}?)(?:${alt(ZH_ELECTED_OFFICES)})`);
/** "达成共识：", "达成如下意见：", "形成了以下共识：" closing its clause, the points to follow. */
const CONSENSUS_ZH = new RegExp(`(?:达成|達成|形成)了?(?:如下|以下|下列)?的?(?:${alt(ZH_CONSENSUS_REACHED)})[ \\t　]{0,2}(?:如下)?[：:]`);
const FIRST_ITEM = /^[ \t　]{0,4}(?:一是|[1１][.、．，,]|一[、.．]|[（(][一1１][）)]|第一|①)/;

/** An election stated as done. */
export const elected = (seg: Segmented): boolean => seg.lang === 'zh' && ELECTED_ZH.test(seg.text);

/** A consensus reached, its first point opening the next line or following the colon. */
export function consensusItems(seg: Segmented): boolean {
  if (seg.lang !== 'zh') return false;
  const lines = seg.lines;
  for (let i = 0; i < lines.length; i++) {
    const m = CONSENSUS_ZH.exec(lines[i].text);
    if (!m) continue;
    const rest = lines[i].text.slice(m.index + m[0].length).trim();
    const next = lines.slice(i + 1).find((l) => l.text.trim() !== '')?.text ?? '';
    if (FIRST_ITEM.test(rest === '' ? next : rest)) return true;
  }
  return false;
}
