/**
 * A team's or club's note page headed by the meeting's date run into its name ("20240522-干部交接讨论",
 * "# 20190529 vTaiwan 小黑客松", "2024-03-06 版本规划"), over the meeting's particulars (会议资讯, 日期：,
 * 时间：, 地点：). The name after the date need not hold a meeting word ("讨论", "小黑客松", "壹筹"): the
 * date before it and the particulars under it make the line the record's heading. A reading to check.
 */
import type { Segmented } from '../segment/segment';
import type { Hit } from './header';
import { alt } from '../lexicon/build';
import { ZH_MEETING_PARTICULARS } from '../lexicon/zh';

/** The date first, run into the name or set off by a dash or a space: "20240522-…", "2019-05-29 …". */
const DATED = /^[#*\s]{0,6}((?:19|20)\d{2}(?:(?:0[1-9]|1[0-2])[0-3]\d|[-/.]\d{1,2}[-/.]\d{1,2})[ \t]{0,2}[-–—_:：|]?[ \t]{0,2}[^\s，,。；;：:][^，,。；;！!？?]{1,40}?)[*\s]{0,4}$/;
/** The meeting's particulars under the heading: "会议资讯", "日期：…", "时间：…", "地点：…". */
const PARTICULARS = new RegExp(`^[#*\\s-]{0,6}(?:${alt(ZH_MEETING_PARTICULARS)})[*\\s]{0,4}(?:[：:]|$)`);

export function datedHeadingZh(seg: Segmented): Hit<string> | null {
  const own = seg.lines.filter((l) => l.kind !== 'chrome');
  for (let k = 0; k < Math.min(3, own.length); k++) {
    const l = own[k];
    const m = DATED.exec(l.text);
    // A name after the date, in Chinese: not a dateline alone or an English line.
    if (!m || l.num || !/[\u4e00-\u9fff]/.test(m[1])) continue;
    if (!own.slice(k + 1, k + 5).some((n) => PARTICULARS.test(n.text))) return null;
    const start = l.start + l.text.indexOf(m[1]);
    return { value: m[1], start, end: start + m[1].length, confidence: 0.5 };
  }
  return null;
}
