import { describe, expect, it } from 'vitest';
import { titleDoubted } from './title-doubt';

describe('a title line that carries more than the title, or names no meeting', () => {
  it.each([
    'Click here to download a .pdf of these minutes: 2017.03.07 Board Minutes',
    'Recordings 会议纪要：https://etherpad.example.org/p/TC-meetings',
    'red.gif (986 個位元組)八十八學年度第一次圖書諮詢委員會會議記錄',
    '資料下載區 / 106學年度第一次家長委會會議記錄(106.9.25)',
    'Home > Council > Minutes of the Ordinary Meeting',
    'Minutes',
    '会议纪要',
    '會議記錄：',
  ])('doubts %s', (t) => expect(titleDoubted(t)).toBe(true));

  it.each(['Minutes of the Ordinary Meeting of Council held on 3 March 2014', '县长办公会议纪要', '八十八學年度第一次圖書諮詢委員會會議記錄', 'Board of Trustees – Regular Meeting Minutes'])(
    'trusts %s',
    (t) => expect(titleDoubted(t)).toBe(false),
  );
});
