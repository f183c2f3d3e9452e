/**
 * A narrative sentence closed by its vote: what was put (a report, a set of documents, a motion and
 * its seconder) opens the sentence, and the act that settled it ends it with nothing of its own
 * after the verb ("…相关决议，并以举手表决方式通过。", "…等文件进行了充分的研讨审议并一致通过。",
 * "…做了详细汇报，经过各位常务理事的讨论一致通过。", "…由李委员和议，各委员一致赞成通过。"). The act
 * names nothing, so the item is the whole sentence, as printed from its start.
 */
import { alt } from '../lexicon/build';
import { ZH_ACT_BODIES, ZH_VOTE_ADVERBS, ZH_VOTE_MEANS } from '../lexicon/zh';
import { DISCUSSED_BEFORE_ACT } from './discussed-acts';

/** Who voted, when named: "各委员", "全体理事", "与会常务理事". */
const BODY = `(?:(?:各|全体|全體|与会|與會)?(?:${alt(ZH_ACT_BODIES)}))?`;
/** "以举手表决方式", "采取无记名投票的方式", "经投票表决": how the vote was taken. */
const MEANS = `(?:(?:以|经|經|采取|採取|采用|採用|通过|通過)[^，,。；;]{0,6}?${alt(ZH_VOTE_MEANS)}(?:的)?(?:方式|形式)?)?`;
const ADVERBS = `(?:${alt([...ZH_VOTE_ADVERBS, '一致', '均', '无异议', '無異議', '原则', '原則'])}){0,2}`;
const ACT = `(?:赞成通过|贊成通過|审议通过|審議通過|表决通过|表決通過|通过|通過|同意|赞成|贊成|批准)`;
/** The closing clause: after a comma or a joining "并", through the act, to the sentence's end. */
/** The items put, named again before their vote: "三项议题均全体通过", "以上议案一致通过". */
const ITEMS_AGAIN = '(?:(?:[一二三四五六七八九十两兩\\d]{1,3}项|[一二三四五六七八九十两兩\\d]{1,3}項|以上|上述|各项|各項)(?:议题|議題|议案|議案|事项|事項))?';
const CLOSING = new RegExp(`(?:[，,][ \\u3000]?(?:并|並)?|并|並)${DISCUSSED_BEFORE_ACT}?${ITEMS_AGAIN}${BODY}${MEANS}${ADVERBS}(?:全体|全體)?${ACT}[。；;！!]?\\s*$`);
/** A view or a wish told before it is someone's opinion, not the meeting's vote. */
const VIEW = /表示|认为|認為|建议|建議|希望|指出|强调|強調|等待|等候|尚待|有待|不予|未获|未獲|无法|無法/;

/** Whether a sentence ends with a vote on what it opens with, its opening long enough to name it. */
export function closedByVote(sentence: string): boolean {
  const t = sentence.trim();
  const m = CLOSING.exec(t);
  return !!m && m.index >= 10 && !VIEW.test(t.slice(0, m.index));
}
