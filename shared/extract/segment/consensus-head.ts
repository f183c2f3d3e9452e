/**
 * The head of a meeting's consensus ("会议达成以下共识：", "會議達成共識:", "经讨论，与会各方形成如下
 * 共识："): the items under it are outcomes the meeting reached, which LABELS.md counts as decisions,
 * so it opens the decisions as "会议议定事项如下：" does. A paragraph may end by saying so too
 * ("…经过充分讨论，达成如下共识：").
 */
import { alt } from '../lexicon/build';
import { ZH_CONSENSUS } from '../lexicon/zh';

const WHO = alt(ZH_CONSENSUS.who);
const REACHED = `${alt(ZH_CONSENSUS.verbs)}了?(?:以下|如下)?(?:几点|幾點|[一二三四五六七八九十]{1,2}(?:点|點|项|項))?(?:的)?${alt(ZH_CONSENSUS.nouns)}(?:如下)?`;
/** A heading's marks and number before its words: "## ", "三、", "（二）", "2.", "**". */
const LEAD = /^(?:#{1,6})?(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．)])?(?:\*\*)?/;
/** The whole line: who (up to two, "经讨论，与会各方"), then the consensus reached, then a colon. */
const HEAD = new RegExp(`^(?:${WHO}[，,]?){0,2}${REACHED}(?:\\*\\*)?[：:]?(?:\\*\\*)?$`);
/** A paragraph's last words: "…，达成如下共识：" (a colon: the items follow). */
const OPENS = new RegExp(`${REACHED}[：:]$`);

/** Whether a line with its spaces taken out is only the head of a consensus. */
export function isConsensusHeadZh(short: string): boolean {
  return short.length <= 24 && HEAD.test(short.replace(LEAD, ''));
}

/** Whether a paragraph (spaces taken out) ends by opening a consensus's items. */
export function opensConsensusZh(short: string): boolean {
  return OPENS.test(short.slice(-40));
}
