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
import { EN_MEETING_RULES } from '../lexicon/en';
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

/** An English heading naming the rules themselves: "Standing Orders p2", "COUNCIL PROCEDURE RULES", "Terms of Reference – Audit Committee". */
const RULES_HEAD_EN = new RegExp(`^\\W{0,4}(?:[\\w'’&-]+\\s){0,4}?(?:${alt(EN_MEETING_RULES.kinds)})\\b(?:\\s*(?:p(?:art|t)?\\.?\\s?\\d{1,2}|[-–—:]\\s*[^.;]{1,60}))?\\W{0,4}$`, 'i');
const NORM_EN = new RegExp(`\\b(?:${alt(EN_MEETING_RULES.norms)})\\b`, 'gi');

/**
 * The same in English: standing orders or terms of reference on how minutes are kept and signed
 * ("3.5 The Minutes of a Meeting … shall be signed at the next …"). Its headings name minutes
 * ("Signing Minutes"), so a title is found; the rules' own heading on top, over items stated as
 * norms, says what the page is, whatever title was found below it.
 */
export function meetingRulesEn(seg: Segmented): boolean {
  if (seg.lang !== 'en') return false;
  const own = seg.lines.filter((l) => l.kind !== 'chrome' && l.text.trim());
  const headed = own.slice(0, 3).some((l) => !l.num && l.text.length <= 80 && RULES_HEAD_EN.test(l.text.trim()));
  return headed && countMatches(seg.text, NORM_EN, 100) >= 3;
}
