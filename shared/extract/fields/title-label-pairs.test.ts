import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('a line of particulars, label by label', () => {
  it('is no title, though one of its labels is "minutes"', () => {
    const text = ['2015 MC Meeting Malta', '', 'April 10th 2015, Univ. of Malta', '', 'Begin: 9:05, chair: Ann Lowe, minutes: Bo Tran', '', '1) Minutes from last meeting', '', 'Unanimously approved', '', '2) The committee agreed to fund two missions.'].join('\n');
    const d = extractFromText(text);
    expect(d.title).not.toMatch(/Begin/);
  });
  it('a title with one label in it stays a title', () => {
    const text = ['Board of Management Minutes: 23 March 2015', '', 'Present: Ann Lowe (Chair), Bo Tran', '', '1. The minutes of the last meeting were approved.', '2. The board agreed to fund two missions.'].join('\n');
    expect(extractFromText(text).title).toBe('Board of Management Minutes: 23 March 2015');
  });
});
