import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { isConclusionPartZh } from './conclusion-part';

describe('a numbered part of the chair’s or the meeting’s conclusion', () => {
  it.each(['四、主席結論', '五、主席裁示：', '三、會議結論', '肆、主席結論:', '## 二、会议结论', '六、结论'])('%s is one', (h) => {
    expect(isConclusionPartZh(h.replace(/\s+/g, ''))).toBe(true);
  });
  it.each(['主席結論', '## 结论', '结论：', '四、主席致詞', '4. 结论', '三、結論與建議', '四、主席結論是大家要多參與活動'])('%s is none', (h) => {
    expect(isConclusionPartZh(h.replace(/\s+/g, ''))).toBe(false);
  });
});

const record = (part: string) =>
  [
    '資訊社第三次幹部會議紀錄',
    '時間：2024年3月12日',
    '地點：社團辦公室',
    '主席：陳同學',
    '一、主席報告',
    '本學期社課已排定。',
    '二、討論事項',
    '1.迎新活動場地',
    '三、臨時動議',
    '無',
    part,
    '1.下次開會時間：3/19(二) 晚上8點',
    '2.文宣組製作迎新海報(文宣)',
    '3.向學校申請場地(總務)',
    '五、散會',
  ].join('\n');

describe('the decisions under it', () => {
  it('are the items up to the next part', () => {
    const got = extractFromText(record('四、主席結論')).decisions.map((d) => d.text);
    expect(got).toHaveLength(3);
    expect(got[0]).toMatch(/^下次開會時間/);
    expect(got[2]).toMatch(/^向學校申請場地/);
  });
  it('are not read from a part of another name', () => {
    const got = extractFromText(record('四、主席致詞')).decisions.map((d) => d.text);
    expect(got.some((t) => t.startsWith('下次開會時間'))).toBe(false);
  });
});
