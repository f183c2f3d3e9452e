/**
 * A body's rules for its meetings ("校长办公会议制度", "會議規則及執行", "XX委员会议事规则"): numbered
 * rules on who convenes and presides, how often it meets, how topics are put and how decisions are
 * recorded. Its items name presiding, attending and deciding as a record's do, so they read as one;
 * what marks it is its heading, naming the meetings' rules, over items stated as norms (应 / 须 /
 * 不得 / 原则上), where a record states what one meeting did.
 */
import type { Segmented } from '../segment/segment';
import { alt } from '../lexicon/build';
import { ZH_MEETING_RULES } from '../lexicon/zh';
import { countMatches } from '../text/count';

/** A heading naming the rules of meetings, perhaps with how they are carried out: "…会议制度", "会议规则及执行". */
const RULES_HEAD = new RegExp(`(?:会议|会|议事|会务)[^，。；：:\\s]{0,4}?${alt(ZH_MEETING_RULES.kinds)}(?:及[\\u4e00-\\u9fff]{1,4})?$`);
/** A rule stated as a norm, not an outcome reached. */
const NORM = new RegExp(alt(ZH_MEETING_RULES.norms));

export function meetingRulesZh(seg: Segmented): boolean {
  if (seg.lang !== 'zh') return false;
  const own = seg.lines.filter((l) => l.kind !== 'chrome' && !/^[:：\s]*$/.test(l.text));
  const headed = own.slice(0, 4).some((l) => {
    const t = l.text.replace(/^[#*\s]{0,6}|[*\s]{0,4}$/g, '');
    return !l.num && t.length <= 30 && !/[，。；]/.test(t) && RULES_HEAD.test(t);
  });
  if (!headed) return false;
  return own.filter((l) => NORM.test(l.text)).length >= 3 || countMatches(seg.text, new RegExp(NORM.source, 'g'), 100) >= 5;
}
