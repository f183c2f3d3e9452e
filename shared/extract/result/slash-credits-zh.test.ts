import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A hospital's news column closes its story of a president's office meeting with the staff's credits, each label set off from its names by a slash.
const record = '11月19日，院长王某主持召开2021年第6次院长办公会议。院领导李某、赵某出席会议。\n会议研究讨论了医院学科建设等九项议题。\n会议原则同意了《医院学科建设规划》。';

describe('a newsroom’s credit with the label set off by a slash', () => {
  it('marks a story: "撰稿 / 某某" and "排版 / 某某 某某" lines', () => {
    const d = extractFromText(`${record}\n撰稿 / 孙某某\n排版 / 钱某某 孙某某`);
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/news report/);
  });

  it('marks a story on the layout credit alone', () => {
    expect(extractFromText(`${record}\n排版/钱某某`).isMinutes).toBe(false);
  });

  it('leaves the record with a slash in its own words as minutes', () => {
    expect(extractFromText(`${record}\n会议纪要/院办`).isMinutes).toBe(true);
    expect(extractFromText(`${record}\n记录 / 孙某某`).isMinutes).toBe(true);
  });
});
