import { describe, expect, it } from 'vitest';
import { readZhAttendance } from './people';
import { extractFromText } from '../index';

describe('a Chinese name followed by the English name is one person', () => {
  it.each([
    ['何嘉欣 Karen(會長)', ['何嘉欣 Karen']],
    ['周志明 Raymond 梁美玲 Cindy 黃家豪 Kelvin', ['周志明 Raymond', '梁美玲 Cindy', '黃家豪 Kelvin']],
    ['林淑貞 Mary Lin、陳建宏 David Chen、Tom Baker', ['林淑貞 Mary Lin', '陳建宏 David Chen', 'Tom Baker']],
    ['张伟 Wei-Ming Zhang，李娜 Lena', ['张伟 Wei-Ming Zhang', '李娜 Lena']],
  ])('%s', (list, names) => {
    expect(readZhAttendance(list)).toEqual(names);
  });

  it.each([
    ['王小明 李四 张 静', ['王小明', '李四', '张 静']],
    ['黄德宝、管清美', ['黄德宝', '管清美']],
  ])('names without English ones are split as before: %s', (list, names) => {
    expect(readZhAttendance(list)).toEqual(names);
  });

  it('reads a club committee printed a member a line', () => {
    const page = '校友會幹事會會議紀錄\n日期：2019年3月2日\n出席幹事：\n何嘉欣 Karen(會長)\n周志明 Raymond(副會長)\n梁美玲 Cindy(秘書)\n會議內容：\n一、通過上次會議紀錄。\n二、決定於五月舉辦聯歡晚會，由周志明負責。';
    expect(extractFromText(page).attendees).toEqual(['何嘉欣 Karen', '周志明 Raymond', '梁美玲 Cindy']);
  });
});
