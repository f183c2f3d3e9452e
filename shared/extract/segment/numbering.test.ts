import { describe, expect, it } from 'vitest';
import { parseNumbering } from './numbering';

describe('numbering', () => {
  it.each([
    ['一、关于XX问题', 'cn', 1],
    ['（二）会议同意', 'cnParen', 2],
    ['3. The Clerk', 'arabic', 3],
    ['4、节后召开', 'arabic', 4],
    ['⑤ 落实', 'circled', 5],
    ['第一，加强', 'cnOrdinal', 1],
    ['二是加强领导', 'cnShi', 2],
    ['Second, we must', 'enOrdinal', 2],
    ['The third is to', 'enTheIs', 3],
    ['1-0607/8 - Welcome', 'arabicRef', 1],
  ])('%s', (text, style, value) => {
    const n = parseNumbering(text);
    expect(n?.style).toBe(style);
    expect(n?.value).toBe(value);
  });
  it('continues "First … Fourth" with a cardinal word', () => {
    expect(parseNumbering('Five grasps the inspection', 5)?.value).toBe(5);
    expect(parseNumbering('Five grasps the inspection', 0)).toBeNull();
  });
  it('leaves amounts and bare numbers alone', () => {
    expect(parseNumbering('1.5 million')).toBeNull();
    expect(parseNumbering('12.')).toBeNull();
  });
});

describe('English item numbers without a dot', () => {
  it('"1 Welcome" before a short heading and "Item 5.2 Budget" are items; a number opening a sentence is not', () => {
    expect(parseNumbering('1 Welcome')).toMatchObject({ value: 1, restAt: 2 });
    expect(parseNumbering('Item 5.2 Budget')).toMatchObject({ value: 5, marker: 'Item 5.2' });
    expect(parseNumbering('3 Members attended the meeting and voted on the budget today')).toBeNull();
    expect(parseNumbering('2021 budget')).toBeNull();
  });
});
