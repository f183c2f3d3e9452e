import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { creditFormZh } from './credit-forms-zh';

// A record of a president's office meeting, as a university's news column tells it: the credit below makes it a story.
const record = '6月3日下午，校长王某主持召开第九次校长办公会议。校领导李某、赵某出席会议。\n会议研究并原则同意了《学校实验室安全管理办法（修订）》。\n会议审议通过了2025年度预算调整方案。';

describe('a newsroom’s credit line parted by semicolons, or each role after its name', () => {
  const credits: [string, string][] = [
    ['labels parted by a semicolon', '（撰稿：孙某某；审核：钱某）'],
    ['labels parted by a full-width semicolon, three of them', '(文字：周某；摄影：吴某；编辑：郑某)'],
    ['labels parted by a comma', '撰稿：冯某，审稿：陈某'],
    ['roles after the names', '（宣传科 褚某某/文 卫某/摄 蒋某/审）'],
    ['roles after the names, no bracket', '沈某/文 韩某某/图'],
  ];
  for (const [name, credit] of credits) {
    it(`marks a story: ${name}`, () => {
      expect(creditFormZh(credit)).toBe(true);
      const d = extractFromText(`${record}\n${credit}`);
      expect(d.isMinutes).toBe(false);
      expect(d.reason).toMatch(/news report/);
    });
  }

  it('marks a broadcaster’s compound editor label', () => {
    const d = extractFromText(`时间：2025-03-02\n撰稿编辑：杨某某\n${record}`);
    expect(d.isMinutes).toBe(false);
  });

  it('leaves a record without them as minutes: a recorder and presider, words with a slash', () => {
    expect(extractFromText(record).isMinutes).toBe(true);
    expect(extractFromText(`${record}\n记录：孙某；主持：王某`).isMinutes).toBe(true);
    expect(creditFormZh('各部门负责人签收/审批后报送/备案')).toBe(false);
    expect(creditFormZh('记录：孙某；主持：王某')).toBe(false);
  });
});
