import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { withoutImageAlt } from './title-image-alt';

// Pages saved from an old editor keep each picture's alt text ("name.gif (N bytes)", localized) before the heading.
const ZH = '八十八學年度第一次圖書諮詢委員會會議記錄';
const EN = 'Minutes of the Library Committee meeting held on 5 May 1999';
const alts = ['red.gif (986 個位元組)', 'line.jpg (1,234 bytes)', 'bullet.gif (73 个位元组)bullet.gif (73 个位元组)', 'logo.png（2048 字节）', 'dot.gif '];
const zhBody = '\n時間:八十八年八月二十日\n主席:王大明\n出席:李小華、陳明\n一、報告事項\n決議:照案通過。\n';
const enBody = '\nPresent: A Smith (Chair), B Jones\n1. Accounts\nIt was agreed that the accounts be accepted.\n';

describe('an image’s alt text before the heading', () => {
  for (const alt of alts) {
    it(`${alt} + a Traditional heading`, () => expect(extractFromText(`${alt}${ZH}${zhBody}`).title).toBe(ZH));
    it(`${alt} + an English heading`, () => expect(extractFromText(`${alt}${EN}${enBody}`).title).toBe(EN));
  }
  it('keeps the span on the heading and leaves a title without alt text alone', () => {
    const t = withoutImageAlt({ value: `red.gif (986 個位元組)${ZH}`, start: 0, end: 40, confidence: 0.9 });
    expect([t?.value, t?.start]).toEqual([ZH, 'red.gif (986 個位元組)'.length]);
    expect(withoutImageAlt({ value: ZH, start: 3, end: 20, confidence: 0.9 })?.value).toBe(ZH);
    expect(withoutImageAlt({ value: 'red.gif', start: 3, end: 10, confidence: 0.9 })?.value).toBe('red.gif');
  });
});
