import { describe, expect, it } from 'vitest';
import { decisionDoubted, readInsideItems } from './decision-doubt';

describe('decision lists whose reading is a choice', () => {
  it('outcomes read from the middle of their paragraphs', () => {
    const lines = [
      { start: 0, end: 80, num: { restAt: 3 } },
      { start: 80, end: 200 },
      { start: 200, end: 320 },
    ];
    // "Proposed and seconded; a vote was taken …; all in favour.  It was therefore RESOLVED that …"
    expect(readInsideItems([{ start: 150 }, { start: 270 }], lines)).toBe(true);
    expect(readInsideItems([{ start: 3 }, { start: 80 }, { start: 200 }], lines)).toBe(false);
  });

  it('an item that swallowed the note’s next heading', () => {
    expect(decisionDoubted('初步制定计划###未决事项', 'zh')).toBe(true);
    expect(decisionDoubted('## 初步制定计划', 'zh')).toBe(false);
  });
});
