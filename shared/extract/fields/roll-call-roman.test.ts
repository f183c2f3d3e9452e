import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('a roll call under a Roman-numbered heading', () => {
  it('ends at the next Roman numeral: the agenda items after it are no attendees', () => {
    const agenda = [
      'Regular Meeting of the Board of Park Commissioners - January 17, 2012 at 7pm',
      'I. Call Meeting to Order - Roll Call',
      'II. Pledge of Allegiance',
      'III. Consent Agenda Approval',
      'IV. Treasurer\'s Report',
      '   A. Approval of the Bond Sale Timeline',
      'V. Staff Reports - Action Items',
      '   A. Approval of Bid for Community Center Building Automation System',
    ].join('\n');
    const d = extractFromText(agenda);
    expect(d.attendees).not.toContain('Consent Agenda Approval');
    expect(d.isMinutes).toBe(false);
  });

  it('still reads the names printed under it', () => {
    const minutes = [
      'Minutes of the Regular Meeting of the Board of Park Commissioners, January 17, 2012',
      'I. Call Meeting to Order - Roll Call',
      '   a. Jane Smith',
      '   b. Robert Brown',
      '   c. Alice Green',
      'II. Approval of Minutes',
      'Commissioner Smith moved to approve the minutes of December 20, 2011. Seconded by Commissioner Brown. Motion carried.',
    ].join('\n');
    expect(extractFromText(minutes).attendees).toEqual(['Jane Smith', 'Robert Brown', 'Alice Green']);
  });
});
