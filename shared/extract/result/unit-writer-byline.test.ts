import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const story = '9月28日上午，狮山社区联合党委召开第三季度党建联席会议，成员单位负责人出席了本次会议。此次会议由狮山社区联合党委书记欧霓主持，会上通报了第三季度重点工作的进展情况，会议决定于10月开展共建活动。';

describe('a writer credited after the unit she writes for', () => {
  it('"（天马街道狮山社区钟晓燕供稿）" closes a news story', () => {
    const d = extractFromText(`${story}\n（天马街道狮山社区钟晓燕供稿）`);
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/byline/);
  });
  it('an office crediting itself ("（县教育局办公室供稿）") is no byline', () => {
    expect(extractFromText(`${story}\n（县教育局办公室供稿）`).isMinutes).toBe(true);
  });
});
