import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { endsOutcomeList, isOutcomeLabelHeadZh } from './outcome-label-head';

describe('an outcome’s label alone on its line', () => {
  it.each(['主席裁示：', '主席裁示:', '裁示：', '結論：', '结论:', '**决策**：', '會議結論:', '裁决事项如下：'])('%s is one', (h) => {
    expect(isOutcomeLabelHeadZh(h)).toBe(true);
  });
  it.each(['主席裁示：洽悉。', '结论：同意', '结论性意见：', '讨论', '主持人：王明', '##结论', '主席裁示'])('%s is none', (h) => {
    expect(isOutcomeLabelHeadZh(h)).toBe(false);
  });
  it('"决议：" was a head already: not one of the others', () => {
    expect(isOutcomeLabelHeadZh('决议：', true)).toBe(false);
    expect(isOutcomeLabelHeadZh('主席裁示：', true)).toBe(true);
  });
  it('a part numbered above the outcomes ends them', () => {
    expect(endsOutcomeList('cn', 'arabicParen')).toBe(true);
    expect(endsOutcomeList('arabic', 'arabicParen')).toBe(true);
    expect(endsOutcomeList('arabicParen', 'arabicParen')).toBe(false);
    expect(endsOutcomeList('circled', 'arabic')).toBe(false);
    expect(endsOutcomeList(undefined, 'arabic')).toBe(false);
  });
});

// A record's rulings numbered under their label, in several printings; the parts after them print "none".
const RULINGS_TW = ['請各科室於6月底前提送年度預算資料。', '活動應動員各區人員參加。', '有關公文時效，請秘書室繼續追蹤列管。'];
const RULINGS_ZH = ['请各科室于6月底前提交年度预算资料。', '活动应动员各区人员参加。', '有关公文时效，请办公室继续跟踪督办。'];
const record = (label: string, items: string[], number: (n: number) => string, after: string[]) =>
  ['第三次工作會議紀錄', '時間：2012年5月7日', '地點：本處會議室', '主席：李處長', '出席人員：各科室主管', '一、業務報告', '各科室報告本月工作。', label, ...items.map((t, n) => `${number(n)}${t}`), ...after].join('\n');
const PRINTINGS = [
  { name: '主席裁示, (1)', label: '主席裁示：', items: RULINGS_TW, number: (n: number) => `(${n + 1}) `, after: ['二、討論事項：無', '主席裁示：無', '三、臨時動議：無', '四、散會'] },
  { name: '結論, 1.', label: '結論:', items: RULINGS_TW, number: (n: number) => `${n + 1}. `, after: ['二、討論事項：無', '三、散會'] },
  { name: '裁示, （一）', label: '裁示：', items: RULINGS_ZH, number: (n: number) => `（${'一二三'[n]}）`, after: ['二、临时动议：无', '三、散会'] },
  { name: '结论, 1、 then a part numbered 二、', label: '结论：', items: RULINGS_ZH, number: (n: number) => `${n + 1}、`, after: ['二、其他事项', '与会人员交流了意见。'] },
];

describe('outcomes numbered under their label', () => {
  it.each(PRINTINGS)('$name: each a decision, up to the next part', ({ label, items, number, after }) => {
    const draft = extractFromText(record(label, items, number, after));
    expect(draft.decisions.map((d) => d.text)).toEqual(items);
    expect(draft.decisions[0].due).toMatch(/6月底前/);
    // Read under a label rather than a decisions heading: worth a look, not sure.
    expect(draft.fields.decisions?.confidence).toBeLessThan(0.9);
  });
});
