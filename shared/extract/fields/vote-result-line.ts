/**
 * A motion closed by its vote count rather than a 決議 line ("投票結果：同意7 不同意0 棄票1，通過",
 * "表決結果：贊成10票、反對2票，照案通過"): the count's verdict is the motion's outcome. A company
 * announcement's bare tally ("表决结果：赞成 9 票，反对 0 票") says no verdict and is read elsewhere.
 */
import { ZH_VOTE_PASSED, ZH_VOTE_RESULT_LABELS } from '../lexicon/zh';
import { spacedWords } from './spaced-labels';

const LINE = new RegExp(`^(?:[（(]?[一二三四五六七八九十\\d]{1,2}[)）、.．]?)?[ \\u3000]{0,2}${spacedWords(ZH_VOTE_RESULT_LABELS)}[ \\u3000]{0,2}[：:][^\\n]{0,60}?(?<![不未])${spacedWords(ZH_VOTE_PASSED)}`);

/** Whether a line is a vote count ending in the motion's passing ("不通過" is a motion lost). */
export const isVoteResultLine = (text: string): boolean => LINE.test(text.trim());
