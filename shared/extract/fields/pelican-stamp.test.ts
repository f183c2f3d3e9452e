import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('a static site’s capitalised metadata over a record', () => {
  const page = (date: string) => ['Title: Board Meeting 2014-01-23', `Date: ${date}`, 'Modified: 2016-06-12 10:30', 'Authors: Richard Gowen', 'Summary: Board Meeting 2014-01-23', '', 'Board Meeting 2014-01-23 Minutes', '', '### Directors Present', '-   Shawn Porter, President', '-   Roxy Dehart, Vice President', '', 'Business', '### 1st Order of business:', 'The board approved the budget for 2014.'].join('\n');

  it('is the post’s stamp, and a stamp before the date the record’s title gives is not the meeting’s', () => {
    expect(extractFromText(page('2010-12-03 10:20')).meetingDate).toBe('2014-01-23');
  });

  it('a record headed "Date: … 19:00" with no post keys keeps it as the meeting’s date', () => {
    const text = ['Board Meeting Minutes', 'Date: 2014-01-23 19:00', 'Present: Shawn Porter, Roxy Dehart', 'The board approved the budget for 2014.'].join('\n');
    expect(extractFromText(text).meetingDate).toBe('2014-01-23');
  });
});
