import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { noticeSent } from './notice-sent';

// A board's announcement, its opening paragraph broken by a narrow column (made up).
const announcement = (opening: string) =>
  ['某某科技股份有限公司', '第二届董事会第九次会议决议公告', opening, '一、审议通过《关于续聘审计机构的议案》', '表决结果:同意7票,反对0票,弃权0票。', '二、审议通过《关于召开2024年第一次临时股东大会的议案》', '表决结果:同意7票,反对0票,弃权0票。'].join('\n');

describe("the day a meeting's notice went out", () => {
  it('is not the meeting date where the clause runs on to the next line', () => {
    const text = [
      '证券代码:600001 证券简称:某某科技 公告编号:临 2022-042',
      '某某科技股份有限公司',
      '第二届董事会第九次临时会议决议公告',
      '本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大',
      '遗漏,并对其内容的真实性、准确性和完整性承担个别及连带责任。',
      '某某科技股份有限公司(以下简称“公司”)董事会于 2022 年 8 月 25 日以专人送',
      '达、微信和电子邮件方式发出召开二届九次临时董事会的通知,会议于 2022 年 9 月 2 日以',
      '通讯方式召开,应到董事 8 人,实到董事 8 人。',
      '一、审议通过《关于续聘审计机构的议案》;',
      '表决结果:同意:8 人;反对:0 人;弃权:0 人。',
    ].join('\n');
    expect(extractFromText(text).meetingDate).toBe('2022-09-02');
  });
  it('is not the meeting date where the date itself is broken over lines', () => {
    const text = announcement('会议通知于2024年8月\n16日以书面方式向全体董事发出,会议于2024年8月\n26日在公司会议室召开。');
    expect(extractFromText(text).meetingDate).toBe('2024-08-26');
  });
  it('reads the clause only up to its end', () => {
    expect(noticeSent('以专人送', '达、电子邮件方式发出通知')).toBe(true);
    expect(noticeSent('在公司会议室召开。', '会议通知已于此前发出')).toBe(false);
  });
});
