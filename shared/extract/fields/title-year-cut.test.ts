import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A title ending on a year cut short ("April '06") is whole: the body's name on the next line is a heading of its own.
describe('a title ending on a year cut short', () => {
  it('does not run on into the body named below it', () => {
    const page = [
      "System Board Minutes - April '06",
      'Potter-Tioga Library System',
      'Board of Directors Quarterly Meeting, April 11, 2006',
      'Present: Carol J. Tama, Darlene Peasley, Kitty Giantomasi, Sue Crawford',
      'After introductions, the Minutes of the January 14, 2006 quarterly meeting were approved as presented.',
    ].join('\n');
    expect(extractFromText(page).title).toBe("System Board Minutes - April '06");
  });

  it('still runs on from a day left hanging ("… held on Monday 11th" / "May 2015")', () => {
    const page = ['Minutes of the Parish Council Meeting held on Monday 11th', 'May 2015 at 7.30pm', 'Present: Cllr A. Lee (Chair), Cllr B. Ray, Cllr C. Diaz', 'The minutes of the April meeting were approved.'].join('\n');
    expect(extractFromText(page).title).toBe('Minutes of the Parish Council Meeting held on Monday 11th May 2015 at 7.30pm');
  });
});
