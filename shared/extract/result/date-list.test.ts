import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const intro = [
  'Meetings of the full governing body are held a minimum of four times a year. Interested parties may see the minutes of governor meetings unless they have been designated as confidential.',
  'Please note that minutes will not appear here until they have been approved at the next meeting of the full governing body.',
];

describe('a page of meeting dates, one to a line', () => {
  it('is a list of meetings, not one record', () => {
    const d = extractFromText([...intro, '26th Jun 2023', '4th May 2023', '6th Feb 2023', '17th Oct 2022', 'Minutes 5 Jul 2022', '10th May 2022 (pdf)'].join('\n'));
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/list of meeting dates/);
  });

  it('is still a record where the dates are a schedule inside it', () => {
    const d = extractFromText(
      [
        'Minutes of the Full Governing Body meeting held on 26th June 2023',
        'Present: Anna Wallis (Chair), Con Bonner, Miren Belinchon',
        '1. Apologies were received from Joe Da Costa.',
        '2. The minutes of the last meeting were approved as a correct record.',
        '3. It was agreed that the school trip policy be adopted.',
        '4. Dates of next meetings:',
        '4th October 2023',
        '6th December 2023',
        '7th February 2024',
        '20th March 2024',
        '15th May 2024',
      ].join('\n'),
    );
    expect(d.isMinutes).toBe(true);
  });
});
