import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { zhKeyedTitle } from './title-key';

const hit = (value: string) => ({ value, start: 0, end: value.length, confidence: 0.8 });

describe('a Chinese page keys its title: the key is furniture, the value the title', () => {
  it('a bulletin board header runs the key into the title', () => {
    const text = '作者abc (小明)\n看板Club\n標題幹部會議紀錄\n時間Sat Mar 6 18:22:31 2004\n日期:2004年3月5日\n出席:小明、小華、小李\n一、決議:下學期社費維持不變。';
    expect(extractFromText(text).title).toBe('幹部會議紀錄');
  });

  it.each([
    ['会议题目 • 区长张三主持召开区政府第5次常务会议', '区长张三主持召开区政府第5次常务会议'],
    ['• 会议题目 • 区长张三主持召开区政府第5次常务会议', '区长张三主持召开区政府第5次常务会议'],
    ['标题：学生会第三次例会纪要', '学生会第三次例会纪要'],
    ['題目 第二次校務會議紀錄', '第二次校務會議紀錄'],
  ])('%s', (line, title) => {
    expect(zhKeyedTitle(hit(line))?.value).toBe(title);
  });

  it.each([
    // A title that begins with the key's word: no separator, no key.
    '主题教育工作会议纪要',
    '名称变更事项会议纪要',
    '题目审定会会议纪要',
  ])('keeps: %s', (line) => {
    expect(zhKeyedTitle(hit(line))?.value).toBe(line);
  });
});
