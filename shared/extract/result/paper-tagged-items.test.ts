import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const items = (tags: [string, string, string]) => [
  'Council of Governors May 2021',
  'A meeting of the Council of Governors was held at 10am on Wednesday 19th May 2021 via Microsoft Teams.',
  '1. Apologies for Absence:',
  '2. Chair’s Business',
  `3. Minutes of the Previous Meeting ${tags[0]}`,
  '   To approve the minutes of the previous meeting held on Wednesday 24th February 2021',
  `4. Chief Executive’s Briefing ${tags[1]}`,
  '   To receive the routine briefing report',
  `5. Staff Survey Results ${tags[2]}`,
  '   To receive a briefing presented by the Director of People',
];

describe('an agenda whose items are tagged with their papers', () => {
  it('is an agenda, its meeting "held" the one it calls', () => {
    const d = extractFromText(items(['Enclosure', 'Verbal', 'Presentation']).join('\n'));
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/agenda/);
  });

  it('a record whose items are followed by what was done is read as minutes', () => {
    const d = extractFromText(
      [
        'Minutes of the Council of Governors held at 10am on Wednesday 19th May 2021 via Microsoft Teams.',
        'Present: Jane Ross (Chair), Tom Hill, Ann Webb, Raj Patel',
        '1. Apologies for Absence: apologies were received from Sam Lee.',
        '2. Minutes of the Previous Meeting: the minutes were approved as a true record.',
        '3. Lead Governor Appointment: it was agreed to appoint Ann Webb as Lead Governor.',
      ].join('\n'),
    );
    expect(d.isMinutes).toBe(true);
  });
});
