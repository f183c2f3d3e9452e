import { describe, expect, it } from 'vitest';
import { findDeadline } from './deadlines';

// Traditional-script records print the same deadlines with 號 / 週 / 個 / 內 / 兩 / 節 / 於: each
// Simplified phrasing below has its Traditional twin, and both must give the same phrase and date.
const PAIRS: [string, string, string, string][] = [
  // [Simplified, Traditional, phrase as printed in the Traditional text, due date]
  ['请于6月30号前提出方案。', '請於6月30號前提出方案。', '於6月30號前', '2024-06-30'],
  ['限期15日内完成整改。', '限期15日內完成整改。', '限期15日內', '2024-03-16'],
  ['限期两个月内完成。', '限期兩個月內完成。', '限期兩個月內', '2024-05-01'],
  ['三个月内完成验收。', '三個月內完成驗收。', '三個月內', '2024-06-01'],
  ['限期两周内回复。', '限期兩週內回覆。', '限期兩週內', '2024-03-15'],
  ['由总务处负责，本周五前报送。', '由總務處負責，本週五前報送。', '本週五前', '2024-03-01'],
  ['于年底前全面完成。', '於年底前全面完成。', '於年底前', '2024-12-31'],
];

describe('deadlines in Traditional script', () => {
  it.each(PAIRS)('%s / %s', (simplified, traditional, phrase, due) => {
    const s = findDeadline(simplified, 'zh', '2024-03-01');
    const t = findDeadline(traditional, 'zh', '2024-03-01');
    expect(t).toMatchObject({ phrase, dueDate: due });
    expect(s?.dueDate).toBe(due);
  });
  it('reads a festival deadline in either script', () => {
    expect(findDeadline('力爭春節前開工。', 'zh', '2024-03-01')?.phrase).toBe('春節前');
    expect(findDeadline('國慶節前完成佈置。', 'zh', '2024-03-01')?.phrase).toBe('國慶節前');
  });
});
