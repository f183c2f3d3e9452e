import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (head: string[]) => [...head, 'Held at Anne West Kindergarten', 'Wednesday 15 May 2013', 'Meeting opened at 7.10pm', 'Present: Karin Matthews, Robyn Shackleton, Emily Robinson', '1. Emily volunteered to organise the raffle.'].join('\n');

describe("a title whose meeting's kind broke onto the next line", () => {
  it('goes on to it', () => {
    expect(extractFromText(record(['Minutes of Anne West Kindergarten Whanau', 'Group Meeting'])).title).toBe('Minutes of Anne West Kindergarten Whanau Group Meeting');
  });
  it('a title that names its meeting already ends there', () => {
    expect(extractFromText(record(['Minutes of the Whanau Group Meeting', 'Parents Meeting'])).title).toBe('Minutes of the Whanau Group Meeting');
  });
});
