import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { zhAttendanceSentence } from './attendance';

describe('Chinese attendance told in a sentence', () => {
  // The meeting named in any of its forms before "有", with or without "的".
  it.each([
    ['参加这次会议常务理事有王立新、陈晓东、李春华。', ['王立新', '陈晓东', '李春华']],
    ['出席會員大會的會館理事會成員有姚德明,吳振華,王文龍。', ['姚德明', '吳振華', '王文龍']],
    ['出席本次大会的代表有刘建国、张红梅。', ['刘建国', '张红梅']],
    ['参加会议的有周光明、郑晓燕。', ['周光明', '郑晓燕']],
    ['列席了此次会议的部门负责人有赵国庆、钱文静。', ['赵国庆', '钱文静']],
  ])('reads the list after "…会议…有": %s', (line, names) => {
    expect(zhAttendanceSentence(line)).toEqual(names);
  });

  it('takes no list from "有所" or "有关"', () => {
    expect(zhAttendanceSentence('参加会议人数有所增加，气氛热烈。')).toEqual([]);
    expect(zhAttendanceSentence('参加会议的有关部门负责人作了发言。')).toEqual([]);
  });

  const release = (closing: string) =>
    [
      '3月2日下午，市长陈立国主持召开市政府常务会议，研究部署近期重点工作。',
      '会议指出，要深入推进营商环境建设，提升政务服务质效。',
      '会议强调，要压实安全生产责任，做好防汛准备工作。',
      '会议要求，各地各部门要细化工作举措，确保各项任务落地见效。',
      '会议还听取了一季度经济运行情况汇报。',
      '会议审议通过了《市级储备粮管理办法》。',
      '会议研究了其他事项。',
      closing,
    ].join('\n');

  it.each([
    ['郭文茹、关海涛、王行亮、张萌参加会议。', ['郭文茹', '关海涛', '王行亮', '张萌']],
    ['李建华、孙丽娟出席会议。', ['李建华', '孙丽娟']],
    ['王志强、刘春燕、陈宏伟列席会议。', ['王志强', '刘春燕', '陈宏伟']],
  ])('reads a government release closing on who attended: %s', (closing, names) => {
    expect(extractFromText(release(closing)).attendees).toEqual(names);
  });

  it('takes no bodies from a closing line', () => {
    expect(extractFromText(release('市发改委、市财政局等部门负责人参加会议。')).attendees ?? []).toEqual([]);
  });
});
