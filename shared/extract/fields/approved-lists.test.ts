import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A body's record heading the motions it passed with "会议审议并通过了如下议案" (no colon, or a colon, the
// items on their own lines or run into the heading's line): each motion is a decision, not the heading.
const OPEN = 'XX股份有限公司（以下简称“公司”）于2020年7月2日以书面方式向公司董事发出会议通知，会议于2020年7月9日以通讯表决方式召开。应参加会议的董事7人，实际参加会议的董事7人。';
const OPEN_T = '本會於109年3月17日召開第四屆第九次理監事聯席會議，應出席理監事15人，實際出席12人。';
const MOTIONS = ['关于修改公司章程的议案', '关于2019年度利润分配预案的议案', '关于续聘会计师事务所的议案'];
const MOTIONS_T = ['關於修改本會章程的議案', '關於108年度收支決算的議案', '關於109年度工作計畫的議案'];
const cn = ['一', '二', '三'];

const heads = ['会议审议并通过了如下议案', '会议审议通过了以下议案：', '董事会审议通过以下议案', '本次会议讨论通过了下列事项：'];
const layouts: [string, (head: string, ms: string[]) => string[]][] = [
  ['run into one line after a space', (h, ms) => [`${h} ${ms.map((m, k) => `${cn[k]}、${m}；`).join(' ')}`]],
  ['run into one line, figures', (h, ms) => [`${h} ${ms.map((m, k) => `${k + 1}、${m}；`).join('')}`]],
  ['on lines of their own', (h, ms) => [h, ...ms.map((m, k) => `${cn[k]}、${m}。`)]],
];

describe('motions listed under "通过了如下议案"', () => {
  for (const head of heads) {
    it.each(layouts)(`are each a decision (${head}; %s)`, (_, lay) => {
      const got = extractFromText([OPEN, ...lay(head, MOTIONS)].join('\n')).decisions.map((d) => d.text.replace(/[；;。]$/, ''));
      expect(got).toEqual(MOTIONS);
    });
  }
  it.each(layouts)('in Traditional script too (%s)', (_, lay) => {
    const got = extractFromText([OPEN_T, ...lay('本次會議審議通過了如下議案', MOTIONS_T)].join('\n')).decisions.map((d) => d.text.replace(/[；;。]$/, ''));
    expect(got).toEqual(MOTIONS_T);
  });
});
