import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { minutesMentioned } from './title-other-meeting';

/** "Minutes: The minutes from the October 18, …": an item on the last meeting's minutes, neither title nor date. */
describe('an item labelled "Minutes:" on earlier minutes', () => {
  it('is a mention of other minutes', () => {
    expect(minutesMentioned('Minutes: The minutes from the October 18,')).toBe(true);
    expect(minutesMentioned('Minutes of the Regular Session')).toBe(false);
  });
  it('gives the page neither its title nor its date', () => {
    const d = extractFromText(['Gibson County Board of Commissioners', 'Regular Session', 'November 1, 2011', '****************', 'The Board of Commissioners met on November 1, 2011, at 8:30 AM.', 'Members Present: Bob Townsend, President, Gerald Bledsoe, VP, Alan Douglas, Commissioner.', 'Minutes: The minutes from the October 18,', '2011 meeting were approved as presented. Motion carried 3-0.'].join('\n'));
    expect(d.meetingDate).toBe('2011-11-01');
    expect(d.title).not.toMatch(/^Minutes:/);
  });
});
