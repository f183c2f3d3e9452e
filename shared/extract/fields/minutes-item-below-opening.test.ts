import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A board's heading, the meeting called to order, then the previous minutes as an item to approve.
const page = (roll: string) =>
  [
    'KIMBALL TOWNSHIP CEMETERY ADVISORY BOARD',
    'REGULAR MEETING',
    'February 12, 2014',
    'Meeting called to order at 10:00 a.m. with the Pledge of Allegiance to the Flag.',
    roll,
    '- COMMUNICATIONS',
    '- Minutes of Kimball Township Cemetery Advisory Board-January 8, 2014',
    'Motion by Bennett to accept as presented, supported by Wagar.',
    'Motion Carried',
  ].join('\n');

describe('a minutes item below the meeting’s opening', () => {
  it('is not the page’s title, nor is its date the meeting’s', () => {
    const d = extractFromText(page('ROLL CALL: Sturdevant, Lasher, Cline, Bennett and Wagar present.'));
    expect(d.title).not.toMatch(/January 8/);
    expect(d.meetingDate).toBe('2014-02-12');
  });
});

describe('a roll call named with whom it calls', () => {
  it('"ROLL CALL OF OFFICERS:" labels those present', () => {
    expect(extractFromText(page('ROLL CALL OF OFFICERS: Sturdevant, Lasher, Cline, Bennett and Wagar present.')).attendees).toEqual(['Sturdevant', 'Lasher', 'Cline', 'Bennett', 'Wagar']);
  });
});
