import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/**
 * Chinese notices of a meeting to come that set out the resolution to be put (made up, in the
 * style of societies', owners' and alumni associations' pages): the "决议案内容如下：" section reads
 * as decisions, and nothing records a meeting held.
 */
const NOTICES = [
  '特别会员大会\n背景\n本会于去年修订会章，现须再作技术修订。\n干事会根据会章第十二条，定于2025年4月12日召开特别会员大会。\n决议案\n全体会员可就决议案投票，决议案须获出席会员过半数赞成通过。\n决议案内容如下：\n本会通过干事会提出之会章修订。\n大会安排\n下午2时起接受会员登记。',
  '业主大会\n管理委员会定于2025年5月20日晚上7时召开业主大会。\n决议案内容如下：\n一、本会通过更换大厦管理公司。\n二、本会通过外墙维修预算。\n请各业主携带身份证明文件出席。',
  '校友会周年会员大会\n理事会拟定于2025年6月8日上午10时在校礼堂召开周年会员大会。\n决议事项如下：\n1. 通过2024年度会务报告；\n2. 通过2024年度财务报告。\n会员请于6月1日前回复出席与否。',
];

/** Records of such a meeting: who presided or attended, the votes counted, the meeting closed. */
const RECORDS = [
  '特别会员大会\n2025年4月12日下午3时，特别会员大会在本会礼堂召开，由主席陈大文主持，出席会员62人。\n决议案内容如下：\n本会通过干事会提出之会章修订。\n表决结果：赞成58票，反对2票，弃权2票。\n下午4时散会。',
  '业主大会\n日期：2025年5月20日\n出席者：陈大文、林小明、王美玲\n决议如下：\n一、本会通过更换大厦管理公司。\n二、下次大会定于2025年11月召开。',
];

describe('announced meeting (Chinese)', () => {
  it.each(NOTICES)('refuses a notice whose resolution to be put reads as decisions: %s', (text) => {
    const d = extractFromText(text);
    expect(d.isMinutes).toBe(false);
  });
  it.each(RECORDS)('keeps the record of such a meeting: %s', (text) => {
    expect(extractFromText(text).isMinutes).toBe(true);
  });
});
