import { describe, expect, it } from 'vitest';
import { splitList } from './lists';

describe('a Chinese list holding Latin names with spaces in them', () => {
  it.each([
    ['Steven、乙潔、Ronny a.k.a.立法委員王向榮擬參選人、scott', ['Steven', '乙潔', 'Ronny a.k.a.立法委員王向榮擬參選人', 'scott']],
    ['Mary Chan 陳美玲、李四、王五', ['Mary Chan 陳美玲', '李四', '王五']],
    ['李四、Dr. Allen Wong 黃志明、王五', ['李四', 'Dr. Allen Wong 黃志明', '王五']],
  ])('%s', (list, items) => {
    expect(splitList(list, { spaces: true })).toEqual(items);
  });

  it('names parted by spaces alone are still a list', () => {
    expect(splitList('黃德宝 管清美 张 静', { spaces: true })).toEqual(['黃德宝', '管清美', '张 静']);
    expect(splitList('李四 王五 Tom', { spaces: true })).toEqual(['李四', '王五', 'Tom']);
  });
});
