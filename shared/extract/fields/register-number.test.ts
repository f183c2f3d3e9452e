import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// Register lines as announcements and disclosure pages print them (made up): the number's label after other fields.
const body = '湖州某某科技股份有限公司\n第二届董事会第九次会议决议公告\n本公司董事会及全体董事保证本公告内容不存在任何虚假记载。\n一、董事会会议召开情况\n本次会议于2022年3月8日在公司会议室召开，会议由董事长李某主持。\n二、董事会会议审议情况\n1、审议通过《关于续聘审计机构的议案》\n表决结果:同意7票,反对0票,弃权0票。\n';
const rows: [string, string][] = [
  ['证券代码:688001 证券简称:某某科技 公告编号:2022-011', '2022-011'],
  ['证券代码：600001　　证券简称：某某科技　　公告编号：临2022-011', '临2022-011'],
  ['股票代码:000001 股票简称:某某科技 编号:2022-011', '2022-011'],
  ['公告编号:2022-011 证券代码:830001 证券简称:某某科技 主办券商:某某证券', '2022-011'],
  ['证券代码:688001 证券简称:\n某某科技 公告编号:2022-011', '2022-011'],
  ['證券代碼：6001 證券簡稱：某某科技 公告編號：2022-011', '2022-011'],
  // A copy that lost the spaces between the fields; a 临 set apart from its number.
  ['证券代码:000001证券简称:某某科技公告编号:2022-011', '2022-011'],
  ['证券代码:600001 证券简称:某某科技 公告编号:临 2022-011', '临 2022-011'],
];

describe('the number on a register line of several fields', () => {
  for (const [line, number] of rows)
    it(line.replace(/\n/g, ' / '), () => {
      expect(extractFromText(`${line}\n${body}`).docNumber).toBe(number);
    });
  it('does not take a number named in the text', () => {
    expect(extractFromText(`${body}详见公司临时公告,公告编号:2022-012。\n`).docNumber).toBeNull();
  });
  it('does not take a received-file number on an OA form', () => {
    expect(extractFromText(`收文编号:2022-011 收文日期:2022-03-09\n${body}`).docNumber).toBeNull();
  });
});
