import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** The site's own text above the series heading, as a municipality's page prints it. */
const site = 'Council meetings take place in the office on the second Tuesday of each month. Members of the public are welcome to attend.';

const body = [
  'Councillors: Dale Redman, Bryan Myers, Stuart Peace',
  'The meeting was called to order at 8:00 p.m. by Reeve Dale Redman.',
  'It was agreed that the minutes of the June meeting be adopted as circulated.',
].join('\n');

describe('a site\'s heading over a year\'s minutes', () => {
  it('gives way to the record\'s own heading naming the meeting and its day', () => {
    for (const [series, own] of [
      ['RM OF SASMAN COUNCIL MINUTES 2024', 'MINUTES OF THE REGULAR MEETING OF THE R.M. OF SASMAN NO. 336 ON TUES., July 9, 2024, IN THE R.M. OF SASMAN OFFICE'],
      ['Board Minutes 2019-20', 'Minutes of the Board Meeting held on 12 March 2020'],
      ['2023 Council Minutes', 'Minutes of the Regular Council Meeting, June 6, 2023'],
    ]) {
      const d = extractFromText(`${site}\n${series}\nDownload the PDF version\n${own}\n${body}`);
      expect(d.title).toBe(own);
    }
  });
  it('stays the title where no line below names a meeting and its day', () => {
    const d = extractFromText(`${site}\nCouncil Minutes 2024\n${body}`);
    expect(d.title).toBe('Council Minutes 2024');
  });
});
