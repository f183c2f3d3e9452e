import { describe, expect, it } from 'vitest';
import { findPresider, plausibleName, zhNameFrom } from './people';
import { zhAttendanceSentence } from './attendance';

describe('a Chinese name holding 会, and a Party group member named by post', () => {
  it('reads 会 inside a given name as the name’s', () => {
    expect(plausibleName('李会昌')).toBe(true);
    expect(zhNameFrom('秘书长李会昌')).toBe('李会昌');
  });
  it('still reads 会 at a name’s end or before 议 as a body or a meeting', () => {
    for (const s of ['居委会', '总工会', '会议室', '李会长']) expect(plausibleName(s)).toBe(false);
  });
  it('reads 党组成员 as a post before the name', () => {
    expect(zhAttendanceSentence('市政协主席任西山、副主席郝伟、市政协党组成员韩俊义、秘书长李会昌出席会议。')).toEqual(['任西山', '郝伟', '韩俊义', '李会昌']);
  });
});

describe('a headline naming its chair as 同志 with the surname 于', () => {
  it('reads 于学军 as the chair, not 于 as "at"', () => {
    expect(findPresider('于学军同志主持召开国家卫生健康委健康中国行动领导小组办公室会议', 'zh')?.name).toBe('于学军');
  });
  it('still reads 于 before a place as "at"', () => {
    expect(findPresider('于会议室主持召开会议', 'zh')).toBeNull();
  });
});
