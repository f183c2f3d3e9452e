/**
 * A Chinese letter to people, its salutation on a line of its own near the top ("尊敬的各位家长、老师：",
 * "亲爱的会员们："): written to readers, as a record is not. Letters to bodies ("各乡镇人民政府：") are
 * official notices, read in result/verdict.ts.
 */
import type { Segmented } from '../segment/segment';

const SALUTATION = /^(?:尊敬的|亲爱的|親愛的)[^。！？!?]{1,40}[：:]$/;

export function letterZh(seg: Segmented): boolean {
  return seg.lang === 'zh' && seg.lines.slice(0, 6).some((l) => SALUTATION.test(l.text.trim()));
}
