import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A roll typed without its spaces after the comma and before the bracket: each line is still one person.
const record = (first: string) =>
  ['PARKS AND RECREATION BOARD', 'MINUTES', 'MARCH 4, 2024', 'Present:', first, 'Karen Simpson, Secretary(arrived late)', 'Geoben Johnson', 'Becky Breining', 'Jacob Jimenez', 'City Staff:', 'Kate Meacham, Director, Parks and Recreation', 'Call to Order', 'Vice Chair Hollingsworth called the meeting to order at 6:32 p.m.'].join('\n');

describe('a roll typed without its spaces', () => {
  it('reads each line as one person, glued comma and bracket and all', () => {
    const got = extractFromText(record('Luke Hollingsworth,Vice Chair(left early)')).attendees;
    expect(got).toEqual(expect.arrayContaining(['Luke Hollingsworth', 'Karen Simpson', 'Geoben Johnson', 'Becky Breining', 'Jacob Jimenez']));
  });

  it('reads the same roll spaced the same way', () => {
    const got = extractFromText(record('Luke Hollingsworth, Vice Chair (left early)')).attendees;
    expect(got).toEqual(expect.arrayContaining(['Luke Hollingsworth', 'Karen Simpson', 'Geoben Johnson', 'Becky Breining', 'Jacob Jimenez']));
  });
});
