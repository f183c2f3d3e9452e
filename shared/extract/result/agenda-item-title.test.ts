import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const agenda = (item: string) =>
  [
    'TOWN MEETING AGENDA',
    'January 27, 2025 – 7:00 PM',
    '- Call to Order',
    '- Pledge of Allegiance',
    `- ${item}`,
    '- Treasurer’s Report of Balances',
    '- Police Report',
    '- Old Business',
    '- New Business',
    '- Motion to Approve the Re-Appointment of Dwayne Mattox to the Planning Commission',
    '- Adjournment',
  ].join('\n');

describe('a minutes title that is an agenda’s item', () => {
  it('marks no record: the minutes of another date are to be approved', () => {
    expect(extractFromText(agenda('Minutes of Meeting of December 16, 2024')).isMinutes).toBe(false);
  });

  it('is still a title over the minutes of the agenda’s own meeting', () => {
    const text = [
      'TOWN MEETING AGENDA',
      'January 27, 2025 – 7:00 PM',
      '- Call to Order',
      '- Approval of the Agenda',
      'Minutes of Meeting of January 27, 2025',
      'Present: Mayor Ann Lee, Commissioner Bob Ray, Commissioner Cy Dunn',
      'The meeting was called to order at 7:00 PM by Mayor Ann Lee.',
      'Motion by Bob Ray, second by Cy Dunn, to approve the agenda. Motion carried.',
    ].join('\n');
    expect(extractFromText(text).isMinutes).toBe(true);
  });
});
