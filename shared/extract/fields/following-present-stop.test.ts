import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A board's record run together as one paragraph: who was present, then the business, movers and seconders named.
describe('a "following … were present:" list in a paragraph that runs on', () => {
  it('ends at its full stop, not at the movers and seconders after it', () => {
    const d = extractFromText([
      'MINUTES OF MEETING OF BOARD OF COMMISSIONERS',
      '',
      'Pursuant to written notice, a meeting of the Board of Commissioners of the Eastby Visitors Bureau was held at 4:00 p.m. on Thursday, April 18, 2019. The following commissioners were present: Glen Anderson, Linda Curtis, Vick Patel, and Beverly McKinley. Staff: Mary Hammond, Laura Oswald. ITEM I: OPENING Chair Glen Anderson called the meeting to order at 4:02 PM. Guests: No guest present ITEM III: MINUTES The Board reviewed the minutes of the March 21, 2019 meeting. Upon motion by Mr. Patel, seconded by Ms. McKinley, and unanimously carried the following motion was adopted: MOVED, that the minutes stand approved as read. ITEM IV: FINANCIAL REPORTS Upon motion by Mr. Patel, seconded by Ms. Curtis, and unanimously carried the following motion was adopted: MOVED, that the Financial Reports be approved.',
    ].join('\n'));
    expect(d.attendees).toEqual(expect.arrayContaining(['Glen Anderson', 'Linda Curtis', 'Vick Patel', 'Beverly McKinley']));
    expect(d.attendees).not.toContain('Mr. Patel');
  });
});
