/**
 * A discussion told right before the act it led to, with no comma between: "董事们经过讨论一致同意…",
 * "董事会经过讨论决定…", "經小組委員商討後一致通過…", "经会员代表投票选举X为…", "…，经讨论通过". Club, school-board
 * and owners' committee notes tell their outcomes so, often after a report or a proposal in the same
 * sentence ("…做了汇报,董事会经过讨论决定…"): the discussion marks the act as the meeting's own, not a
 * speaker's view.
 */
import { alt } from '../lexicon/build';
import { ZH_DISCUSSED } from '../lexicon/zh';

/** "经过讨论", "经讨论", "经小组委员商讨后", "经会员代表投票", "經充分商議後，": who discussed may stand inside. */
export const DISCUSSED_BEFORE_ACT = `(?:(?:经|經)(?:过|過)?[\\u4e00-\\u9fff]{0,8}?(?:充分)?(?:${alt(ZH_DISCUSSED)})(?:后|後|之后|之後)?[，,]?[ \\u3000]?)`;

const MARK = new RegExp(`^[^，,。；;]{0,12}?${DISCUSSED_BEFORE_ACT}`);

/** Whether a clause opens (past its body's name) with the discussion that led to its act. */
export function openedByDiscussion(clause: string): boolean {
  return MARK.test(clause);
}
