import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (outcome: string) =>
  `台灣區種豬產業協會第七屆第二次理監事聯席會議紀錄\n一、時間:2017年12月26日(星期二)下午五時整\n二、出席人員:汪志光、楊杰、陳鈞銘\n三、主席:廖理事長大福\n四、報告事項:\n  案由一:會務暨工作報告(附件1)。\n  決定:${outcome}\n  案由二:監察報告(附件2)\n  決定:${outcome}\n五、討論事項:\n  案由一:本會年度預算案,提請審議。\n  決議:照案通過。\n`;

describe('a report item closed only by its being noted', () => {
  it('is no decision', () => {
    const d = extractFromText(record('洽悉。'));
    expect(d.decisions.map((x) => x.text)).not.toContain('會務暨工作報告(附件1)。決定:洽悉。');
    expect(d.decisions.some((x) => /預算案/.test(x.text))).toBe(true);
  });
  it('an item whose outcome says more is one', () => {
    const d = extractFromText(record('請秘書處於下次會議前提出改善計畫。'));
    expect(d.decisions.some((x) => /會務暨工作報告/.test(x.text))).toBe(true);
  });
});
