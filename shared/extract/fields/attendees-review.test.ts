import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { zhNameFrom } from './people';

const record = '日前,校工会在行政楼三楼会议室组织召开了第六届教代会代表团长联席会议,参加会议的有教代会代表团团长、副团长、专门工作委员会主任、副主任,会议由校工会主席赵琼主持。\n与会人员审议了新修订的《教职工代表大会实施办法》《教职工代表大会提案工作办法》,一致认为,新修订的两个办法进一步规范了教代会各项制度,职权与工作程序进一步明晰,同意这两个办法,建议报请学校党委同意后进行颁布。\n联席会议还就启动筹备工作相关事宜进行了讨论。\n';

describe('a body’s own short report of its meeting, dated "lately"', () => {
  it('is minutes, the outcome read from those attending as its subject', () => {
    const d = extractFromText(record);
    expect(d.isMinutes).toBe(true);
    expect(d.presider).toBe('赵琼');
    expect(d.decisions.map((x) => x.text.slice(0, 12))).toEqual(['与会人员审议了新修订的《']);
  });
  it('names no one where only posts of a body are listed ("代表团团长、副团长")', () => {
    expect(extractFromText(record).attendees).toEqual([]);
    expect(zhNameFrom('教代会代表团团长')).toBeNull();
    expect(zhNameFrom('学生会主席')).toBeNull();
    expect(zhNameFrom('李会长')).toBe('李会长');
  });
});
