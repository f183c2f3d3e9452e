/**
 * An old editor's image alt text left before the heading when the page was saved as text: FrontPage
 * wrote "red.gif (986 個位元組)", "line.jpg (1234 bytes)" for each picture. The file's name and size
 * are no part of the title ("red.gif (986 個位元組)八十八學年度第一次圖書諮詢委員會會議記錄").
 */
import type { Hit } from './header';

const IMAGE_ALT = /^(?:[\w.-]{1,40}\.(?:gif|jpe?g|png|bmp)\s{0,2}(?:[(（]\s{0,2}\d[\d,]{0,9}\s{0,2}(?:個位元組|个位元组|位元組|位元组|字節|字节|bytes?)\s{0,2}[)）])?\s{0,2}){1,4}/i;

export function withoutImageAlt(t: Hit<string> | null): Hit<string> | null {
  if (!t) return t;
  const m = IMAGE_ALT.exec(t.value);
  if (!m || m[0].length >= t.value.length) return t;
  const value = t.value.slice(m[0].length);
  return { ...t, value, start: t.start + m[0].length };
}
