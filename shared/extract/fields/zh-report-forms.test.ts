import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { closedByVote } from './closing-vote';
import { findYear } from './dates';
import { zhAttendanceSentence } from './attendance';

describe('a short report of a Chinese institution’s meeting', () => {
  it('reads an election told as done ("会议成功选举了…") as a decision', () => {
    const d = extractFromText('12月3日上午,西演镇召开十八届人民代表大会第五次会议,镇十八届人大代表出席会议。会议成功选举了政府镇长、人大主席各一名。\n会议指出,做好今年的各项工作,具有十分重要的意义。\n');
    expect(d.decisions.map((x) => x.text)).toEqual(['会议成功选举了政府镇长、人大主席各一名。']);
  });
  it('reads items named again before their vote ("三项议题均全体通过") as closing the sentence', () => {
    expect(closedByVote('全体参会委员对“关于调整委员会成员的申请”等三项议题进行了讨论、投票和表决,三项议题均全体通过。')).toBe(true);
    expect(closedByVote('委员们讨论了三项议题,三项议题尚待通过。')).toBe(false);
  });
  it('does not take a year’s account ("2022年度…会议") as the meeting’s year, but a year’s series ("2022年度第3次") is', () => {
    expect(findYear('3月23日,医院召开2022年度医院质量与安全管理委员会会议')).toBeNull();
    expect(findYear('5月6日,召开2022年度第3次常务会议')).toBe(2022);
    expect(findYear('2021年3月23日')).toBe(2021);
  });
  it('names no one where people are only counted by their kind ("51名…委员参加会议")', () => {
    expect(zhAttendanceSentence('院长黎原出席会议,51名医院质量与安全管理委员会委员参加会议。')).toEqual(['黎原']);
  });
});
