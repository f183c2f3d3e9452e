import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { parseLabel } from './labels';

describe('a label set off by a small or vertical colon', () => {
  it('is read as the label it is ("日期 ﹕ …", "時間︰…")', () => {
    expect(parseLabel('日期    ﹕   二零一九年十二月一日 (星期日)')).toMatchObject({ kind: 'time', value: '二零一九年十二月一日 (星期日)' });
    expect(parseLabel('時間︰下午二時正')).toMatchObject({ kind: 'time', value: '下午二時正' });
  });

  it('dates the meeting', () => {
    const text = ['龙门居业主立案法团第一次特别业主大会会议纪录', '日期    ﹕   二零一九年十二月一日 (星期日)', '时间    ﹕   下午二时正', '出席：李彩燕、李家驹、岑永基', '一、保安服务合约', '决议：通过揀选城市服务集团有限公司。'].join('\n');
    expect(extractFromText(text).meetingDate).toBe('2019-12-01');
  });
});
