import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { DECISION_HEAD_ZH } from './markers';

// A Traditional-script record's decisions heading, in the forms boards print it (決議, 討論, 提案),
// each with and without its colon: the items under it are the decisions.
const HEADS = ['提案討論決議如下', '提案討論決議如下：', '會議決議如下', '討論決議如下：', '經討論決議事項如下', '議案討論決議', '會議決議事項：'];
const ITEMS = ['一、中元法會決算表，無異議通過。', '二、公益基金將營養午餐補助轉為清寒助學金。', '三、取消本年度十月份高山靈修。'];

describe('Traditional decisions headings', () => {
  it.each(HEADS)('%s heads the decisions', (head) => {
    expect(DECISION_HEAD_ZH.test(head)).toBe(true);
    const doc = ['某某協會第五屆第三次理監事會議紀錄', '時間：101年9月8日下午2時', '主席：王某某', head, ...ITEMS].join('\n');
    const d = extractFromText(doc).decisions.map((x) => x.text.slice(0, 6));
    expect(d).toEqual(ITEMS.map((t) => t.slice(2, 8)));
  });
  it('is read as its Simplified twin is', () => {
    expect(DECISION_HEAD_ZH.test('提案讨论决议如下')).toBe(true);
    expect(DECISION_HEAD_ZH.test('會議討論決定如下')).toBe(true);
    // A part of the agenda, not the decisions' heading.
    expect(DECISION_HEAD_ZH.test('提案討論')).toBe(false);
  });
});
